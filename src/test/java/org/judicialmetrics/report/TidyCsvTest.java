package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.judicialmetrics.report.published.PublishedFiguresReport;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered reports' CSV tables as a statistics package reads them: every column the CSVW metadata declares
 * integer or decimal holds numbers (with one number of decimals per column) or nothing, and a withheld cell is an empty
 * value with {@code c} in its flags column. Both the fixture's periodic report and the China published-figures report.
 */
class TidyCsvTest {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.(\\d+)");
    private static final Pattern FLAGS = Pattern.compile("[cuxzprb]*");

    @TempDir
    static Path out;

    static ReportDocument periodic;
    static ReportDocument china;
    static Path periodicTables;
    static Path chinaTables;

    @BeforeAll
    static void render() throws IOException {
        periodic = ReportContent.of(ReportFixture.national().input()).document();
        periodicTables = ReportRenderer.renderInto(periodic, out.resolve("periodic")).resolve("tables");
        china = new PublishedFiguresReport(
                        new JobSpecLoader(Path.of("jobs")).load("china-published"),
                        new CountTable(PublishedFiguresReader.read(
                                Path.of("data/reference/china-published-figures.csv"),
                                Optional.of(SourceMappingLoader.read(
                                        Path.of("jobs/sources/china-published-figures.json"))))),
                        "china-published-figures.csv", 2000, 2025, LocalDate.of(2026, 6, 30), Instant.EPOCH, "run")
                .document();
        chinaTables = ReportRenderer.renderInto(china, out.resolve("china")).resolve("tables");
    }

    @Test
    void everyNumericColumnOfEveryCsvHoldsNumbersWithFixedDecimalsOrNothing() throws IOException {
        Map<String, Integer> columnsByType = new HashMap<>();
        for (Path tables : List.of(periodicTables, chinaTables)) {
            List<Path> csvs = csvs(tables);
            assertThat(csvs).hasSizeGreaterThan(5);
            for (Path csv : csvs) {
                JsonNode meta = metadata(csv);
                assertThat(meta.get("url").asText()).isEqualTo(csv.getFileName().toString());
                List<CSVRecord> records;
                List<String> headers;
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                    headers = parser.getHeaderNames();
                    records = parser.getRecords();
                }
                JsonNode columns = meta.get("tableSchema").get("columns");
                assertThat(columns.size()).as(csv.toString()).isEqualTo(headers.size());
                for (int i = 0; i < headers.size(); i++) {
                    JsonNode column = columns.get(i);
                    String header = headers.get(i);
                    String type = column.get("datatype").asText();
                    assertThat(column.get("titles").asText()).as(csv + " column " + i).isEqualTo(header);
                    assertThat(type).isIn("integer", "decimal", "string");
                    columnsByType.merge(type, 1, Integer::sum);
                    Integer decimals = null;
                    for (CSVRecord r : records) {
                        String v = r.get(i);
                        String where = csv.getFileName() + " " + header + " row " + r.getRecordNumber() + ": " + v;
                        if (header.endsWith(" flags")) {
                            assertThat(v).as(where).matches(FLAGS);
                        }
                        if (v.isEmpty() || type.equals("string")) {
                            continue;
                        }
                        if (type.equals("integer")) {
                            assertThat(v).as(where).matches(INTEGER);
                        } else {
                            var m = DECIMAL.matcher(v);
                            assertThat(m.matches()).as(where).isTrue();
                            assertThat(new BigDecimal(v).scale()).as(where).isEqualTo(m.group(1).length());
                            if (decimals == null) {
                                decimals = m.group(1).length();
                            }
                            assertThat(m.group(1).length()).as(where + ": decimals of the column").isEqualTo(decimals);
                        }
                        assertThat(column.has("schema:unitText")).as(where).isTrue();
                    }
                }
            }
        }
        assertThat(columnsByType).containsKeys("integer", "decimal", "string");
    }

    @Test
    void aWithheldCellIsAnEmptyValueWithCInItsFlags() throws IOException {
        // the fixture's Sichuan acquittals are withheld (a count under the threshold): so are its rate and interval
        Map<String, String> sichuan = rows(periodicTables.resolve("breakdown-region.csv")).stream()
                .filter(r -> r.get("Region").equals("Sichuan")).findFirst().orElseThrow();
        assertThat(sichuan.get("Defendants adjudicated (count)")).isEqualTo("150000");
        assertThat(sichuan.get("Acquittals (count)")).isEmpty();
        assertThat(sichuan.get("Acquittals (count) flags")).isEqualTo("c");
        assertThat(sichuan.get("Acquittal rate (%)")).isEmpty();
        assertThat(sichuan.get("Acquittal rate (%) flags")).contains("c");
        assertThat(sichuan.get("95% CI low (%)")).isEmpty();
        assertThat(sichuan.get("95% CI high (%)")).isEmpty();
        assertThat(sichuan.get("95% CI (%) flags")).isEqualTo("c");

        // and every cell the report withholds, in every table (the symbols table only explains [c])
        int withheld = 0;
        for (ReportTable t : periodic.tables()) {
            List<Map<String, String>> rows = rows(periodicTables.resolve(t.id() + ".csv"));
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    Cell cell = t.rows().get(r).get(c);
                    Column column = t.columns().get(c);
                    if (cell.withheld()) {
                        withheld++;
                        String where = t.id() + " row " + r + " " + column.title();
                        assertThat(rows.get(r).get(column.flagsHeader())).as(where).contains("c");
                        for (String h : column.csvHeaders()) {
                            assertThat(rows.get(r).get(h)).as(where).isEmpty();
                        }
                    }
                }
            }
        }
        assertThat(withheld).isGreaterThan(10);
    }

    @Test
    void duckDbReadsTheNumericColumnsAsNumbers() throws Exception {
        Path csv = periodicTables.resolve("breakdown-region.csv");
        Map<String, String> types = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("describe select * from read_csv_auto('" + csv + "')")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        assertThat(types.get("Region")).isEqualTo("VARCHAR");
        for (String count : List.of("Defendants adjudicated (count)", "Acquittals (count)")) {
            assertThat(types.get(count)).as(count).isIn("BIGINT", "INTEGER", "HUGEINT");
        }
        for (String rate : List.of("Acquittal rate (%)", "95% CI low (%)", "95% CI high (%)")) {
            assertThat(types.get(rate)).as(rate).matches("DOUBLE|FLOAT|DECIMAL.*");
        }
    }

    private static List<Path> csvs(Path tables) throws IOException {
        try (Stream<Path> files = Files.list(tables)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static JsonNode metadata(Path csv) throws IOException {
        Path meta = csv.resolveSibling(csv.getFileName() + "-metadata.json");
        assertThat(meta).as("CSVW metadata beside " + csv).isRegularFile();
        return new ObjectMapper().readTree(meta.toFile());
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            parser.forEach(r -> rows.add(r.toMap()));
            return rows;
        }
    }
}
