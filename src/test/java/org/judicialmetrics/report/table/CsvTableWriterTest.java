package org.judicialmetrics.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV bytes: header, flags columns, quoting and formula safety. */
class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void textThatSpreadsheetsWouldRunIsPrefixedButOwnNumbersAreNot() throws IOException {
        ReportTable table = new ReportTable(
                "t",
                "caption",
                List.of(Column.text("Name"), Column.figure("Change")),
                List.of(
                        List.of(Cell.text("=SUM(A1:A9)"), Cell.number("-0.5 pp", "-0.5", "")),
                        List.of(Cell.text("+cmd"), Cell.number("+1", "1", "u")),
                        List.of(Cell.text("-2"), Cell.symbol('c')),
                        List.of(Cell.text("@user"), Cell.symbol('x')),
                        List.of(Cell.text("Zhejiang, \"East\""), Cell.number("12", "12", ""))));
        CsvTableWriter.write(table, dir);
        assertThat(Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8))
                .isEqualTo(
                        """
                Name,Change,Change flags
                '=SUM(A1:A9),-0.5,
                '+cmd,1,u
                '-2,[c],
                '@user,[x],
                "Zhejiang, ""East\""",12,
                """);
    }

    @Test
    void rowsMustMatchTheColumns() {
        assertThatThrownBy(() -> new ReportTable(
                        "t", "c", List.of(Column.text("A")), List.of(List.of(Cell.text("a"), Cell.text("b")))))
                .hasMessageContaining("row of 2 cells, 1 columns");
    }
}
