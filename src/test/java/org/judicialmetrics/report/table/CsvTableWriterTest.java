package org.judicialmetrics.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV bytes: header with units, flags columns, intervals as two columns, fixed decimals, formula safety, CSVW. */
class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void textThatSpreadsheetsWouldRunIsPrefixedButOwnNumbersAreNot() throws IOException {
        ReportTable table = new ReportTable(
                "t",
                "caption",
                List.of(Column.text("Name"), Column.figure("Change", Unit.POINTS)),
                List.of(
                        List.of(Cell.text("=SUM(A1:A9)"), Cell.points(-0.005)),
                        List.of(Cell.text("+cmd"), Cell.points(0.01)),
                        List.of(Cell.text("-2"), Cell.symbol('c')),
                        List.of(Cell.text("@user"), Cell.symbol('x')),
                        List.of(Cell.text("Zhejiang, \"East\""), Cell.points(0.12))));
        CsvTableWriter.write(table, dir);
        assertThat(Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8))
                .isEqualTo(
                        """
                Name,Change (pp),Change (pp) flags
                '=SUM(A1:A9),-0.500000,
                '+cmd,1.000000,
                '-2,,c
                '@user,,x
                "Zhejiang, ""East\""",12.000000,
                """);
    }

    @Test
    void aSymbolLeavesTheValueEmptyAndGoesToTheFlagsBesideTheFiguresOwnFlags() throws IOException {
        Cell withheldUnreliable = Cell.symbol('c', "u");
        ReportTable table = new ReportTable("t", "caption",
                List.of(Column.text("Region"), Column.figure("Acquittals", Unit.COUNT),
                        Column.flaggedText("Beyond noise?")),
                List.of(List.of(Cell.text("A"), Cell.count(1234, "u"), Cell.text("Yes")),
                        List.of(Cell.text("B"), withheldUnreliable, Cell.symbol('z')),
                        List.of(Cell.text("C"), Cell.symbol('x'), Cell.symbol('c'))));
        CsvTableWriter.write(table, dir);

        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo("""
                Region,Acquittals (count),Acquittals (count) flags,Beyond noise?,Beyond noise? flags
                A,1234,u,Yes,
                B,,cu,,z
                C,,x,,c
                """);
        // the report still shows the symbols and the thousands separator
        assertThat(table.rows().get(0).get(1).display()).isEqualTo("1,234 [u]");
        assertThat(table.rows().get(1).get(2).display()).isEqualTo("[z]");
    }

    @Test
    void anIntervalIsTwoNumericColumnsWithOneFlagsColumnAndOneCellInTheReport() throws IOException {
        ReportTable table = new ReportTable("t", "caption",
                List.of(Column.text("Year"), Column.interval("95% CI", Unit.PERCENT),
                        Column.interval("95% CI of change", Unit.POINTS)),
                List.of(List.of(Cell.text("2024"), Cell.interval(0.0001828, 0.0007116, Unit.PERCENT),
                                Cell.interval(-0.0000581, 0.0000937, Unit.POINTS)),
                        List.of(Cell.text("2025"), Cell.symbol('c'), Cell.symbol('x'))));
        CsvTableWriter.write(table, dir);

        // 0.0001828 = 0.01828%, 0.0007116 = 0.07116%; -0.0000581 = -0.00581 pp: all to 6 decimals
        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo("""
                Year,95% CI low (%),95% CI high (%),95% CI (%) flags,95% CI of change low (pp),\
                95% CI of change high (pp),95% CI of change (pp) flags
                2024,0.018280,0.071160,,-0.005810,0.009370,
                2025,,,c,,,x
                """);
        assertThat(table.columns().get(1).title()).isEqualTo("95% CI (%)");
        assertThat(table.rows().get(0).get(1).display()).isEqualTo("[0.01828%, 0.07116%]");
        // -0.00581 needs 6 decimals for 4 significant digits (-0.005810), as does +0.009370
        assertThat(table.rows().get(0).get(2).display()).isEqualTo("[-0.005810, +0.009370] pp");
    }

    @Test
    void everyFigureOfAColumnHasTheSameDecimalsInCsvAndInTheReport() throws IOException {
        ReportTable table = new ReportTable("t", "caption",
                List.of(Column.text("Region"), Column.figure("Rate", Unit.PERCENT),
                        Column.figure("Mean days", Unit.NUMBER), Column.mixedFigure("2025")),
                List.of(List.of(Cell.text("A"), Cell.percent(0.123456789, ""), Cell.number(3.14159, ""),
                                Cell.count(1638000, "")),
                        List.of(Cell.text("B"), Cell.percent(0.000234, ""), Cell.number(12, ""),
                                Cell.percent(0.0005006, ""))));
        CsvTableWriter.write(table, dir);

        // % to 6 decimals: 12.3456789 -> 12.345679, 0.0234 -> 0.023400; sums to 2; a column of several units
        // always takes the most decimals of any unit (6), whatever units its cells happen to have
        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo("""
                Region,Rate (%),Rate (%) flags,Mean days (number),Mean days (number) flags,2025,2025 flags
                A,12.345679,,3.14,,1638000.000000,
                B,0.023400,,12.00,,0.050060,
                """);
        // the report shows 12.346% alone and 0.02340% alone (4 significant digits); in one column both get 5
        assertThat(table.rows()).extracting(r -> r.get(1).text()).containsExactly("12.34568%", "0.02340%");
        // a column of several units has a different metric in each row: each keeps its own form
        assertThat(table.rows()).extracting(r -> r.get(3).text()).containsExactly("1,638,000", "0.05006%");
    }

    @Test
    void theMetadataDescribesEachCsvColumnInOrderWithItsType() throws IOException {
        ReportTable table = new ReportTable("rates", "Rates, 2025",
                List.of(Column.text("Region"), Column.figure("Acquittals", Unit.COUNT),
                        Column.figure("Acquittal rate", Unit.PERCENT), Column.interval("95% CI", Unit.PERCENT),
                        Column.flaggedText("Beyond noise?")),
                List.<List<Cell>>of(List.of(Cell.text("A"), Cell.count(12, ""), Cell.percent(0.012, "u"),
                        Cell.interval(0.01, 0.014, Unit.PERCENT), Cell.text("No"))));
        CsvTableWriter.write(table, dir);

        JsonNode meta = new ObjectMapper().readTree(dir.resolve("rates.csv-metadata.json").toFile());
        assertThat(meta.get("@context").asText()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(meta.get("url").asText()).isEqualTo("rates.csv");
        List<String> titles = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (JsonNode c : meta.get("tableSchema").get("columns")) {
            titles.add(c.get("titles").asText());
            types.add(c.get("datatype").asText());
            units.add(c.has("schema:unitText") ? c.get("schema:unitText").asText() : "-");
            assertThat(c.get("null").asText()).isEmpty();
        }
        try (Reader in = Files.newBufferedReader(dir.resolve("rates.csv"));
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            assertThat(titles).isEqualTo(csv.getHeaderNames());
        }
        assertThat(types).containsExactly("string", "integer", "string", "decimal", "string", "decimal", "decimal",
                "string", "string", "string");
        assertThat(units).containsExactly("-", "count", "-", "%", "-", "%", "%", "-", "-", "-");
        assertThat(Files.readString(dir.resolve("rates.csv-metadata.json"))).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void aCellMustFitItsColumn() {
        assertThatThrownBy(() -> new ReportTable("t", "c", List.of(Column.text("A")),
                        List.<List<Cell>>of(List.of(Cell.symbol('c')))))
                .hasMessageContaining("a symbol in a column without flags");
        assertThatThrownBy(() -> new ReportTable("t", "c", List.of(Column.figure("A", Unit.COUNT)),
                        List.<List<Cell>>of(List.of(Cell.percent(0.5, "")))))
                .hasMessageContaining("in a column of COUNT");
        assertThatThrownBy(() -> new ReportTable("t", "c", List.of(Column.figure("A", Unit.PERCENT)),
                        List.<List<Cell>>of(List.of(Cell.interval(0.1, 0.2, Unit.PERCENT)))))
                .hasMessageContaining("an interval in a figure column");
        assertThatThrownBy(() -> new ReportTable("t", "c", List.of(Column.figure("A", Unit.COUNT)),
                        List.<List<Cell>>of(List.of(Cell.text("12")))))
                .hasMessageContaining("text in a figure column");
    }

    @Test
    void rowsMustMatchTheColumns() {
        assertThatThrownBy(() -> new ReportTable(
                        "t", "c", List.of(Column.text("A")), List.of(List.of(Cell.text("a"), Cell.text("b")))))
                .hasMessageContaining("row of 2 cells, 1 columns");
    }
}
