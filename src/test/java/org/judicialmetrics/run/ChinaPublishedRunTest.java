package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.publish.Checksums;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs/run china-published} end to end, without Spark: report, PDF, CSV tables, charts and manifest. */
class ChinaPublishedRunTest {

    @TempDir
    static Path out;
    static RunOutcome outcome;
    static Path dir;

    @BeforeAll
    static void run() {
        outcome = new JobRun(Path.of(".")).execute(new RunRequest("china-published", null, LocalDate.of(2026, 6, 30),
                null, out, null, false));
        dir = out.resolve("china-published/2025");
    }

    @Test
    void publishesTheLatestYearWithEveryOutput() {
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(dir.resolve("index.html")).isRegularFile();
        assertThat(dir.resolve("report.pdf")).isRegularFile();
        assertThat(dir.resolve("tables/acquittal-rate-combined.csv")).isRegularFile();
        assertThat(dir.resolve("tables/multi-year-totals.csv")).isRegularFile();
        assertThat(dir.resolve("charts/acquittal-rates.png")).isRegularFile();
        assertThat(dir.resolve("charts/acquittal-rates.svg")).isRegularFile();
        assertThat(dir.resolve("charts/wrongful-convictions-corrected.png")).isRegularFile();
        assertThat(out.resolve("china-published/index.html")).isRegularFile();
    }

    @Test
    void pdfNamesItsSourcesOnNumberedPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Page 1 of " + pdf.getNumberOfPages())
                    .contains("Dui Hua citing the China Law Yearbook")
                    .contains("0.04408%", "[0.04077%, 0.04765%]");
        }
    }

    @Test
    void combinedTableShowsGapsAsNotAvailableAndBreaksAsB() throws IOException {
        String csv = Files.readString(dir.resolve("tables/acquittal-rate-combined.csv"));

        assertThat(csv).contains("\n2000,Persons adjudicated (Yearbook),6617,,648725,,1.020,,");
        assertThat(csv).contains("\n2014,\"Persons sentenced (ratio, SPC)\",778,,1184000,,0.06571,b,");
        assertThat(csv).contains("\n2017,,[x],,[x],,[x],,[x],,,\n");
        assertThat(csv).as("the count without a denominator").contains("\n2023,,456,,[x],,[x],,[x],,");
        assertThat(csv).doesNotContain(",0,");
    }

    @Test
    void notesKeepTheChineseOriginalInTheCsvOnly() throws IOException {
        assertThat(Files.readString(dir.resolve("tables/multi-year-totals.csv"))).contains("607万");
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("607[zh]").doesNotContain("607万");
    }

    @Test
    void aMissingCountTableIsAnInputError() {
        RunOutcome missing = new JobRun(Path.of(".")).execute(new RunRequest("china-published", null,
                LocalDate.of(2026, 6, 30), out.resolve("nowhere.csv"), out, null, false));

        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(missing.summary().get(0)).contains("nowhere.csv", "count table not found");
    }

    @Test
    void manifestRecordsTheCountTableWithChecksumAndFiguresPerMeasure() throws IOException {
        JsonNode m = Json.mapper().readTree(dir.resolve("manifest.json").toFile());
        JsonNode file = m.get("inputs").get(0).get("files").get(0);
        Path csv = Path.of("data/reference/china-published-figures.csv");

        assertThat(m.get("status").asText()).isEqualTo("published");
        assertThat(file.get("sha256").asText()).isEqualTo(Checksums.sha256(csv));
        assertThat(m.get("figures_by_measure").get("acquitted_total_yearbook").asLong()).isEqualTo(14);
        assertThat(m.get("period").get("label").asText()).isEqualTo("2025");
    }

    @Test
    void anEarlierPeriodLeavesOutLaterFigures() {
        RunOutcome earlier = new JobRun(Path.of(".")).execute(new RunRequest("china-published", "2016",
                LocalDate.of(2026, 6, 30), null, out, null, false));

        assertThat(earlier.exitCode()).as(String.join("\n", earlier.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(earlier.summary()).anyMatch(l -> l.contains("2000-2016"));
        assertThat(out.resolve("china-published/2016/tables/acquittal-rate-combined.csv")).isRegularFile();
        assertThat(out.resolve("china-published/2016/tables/withdrawals-and-acquittals.csv"))
                .as("withdrawals were first published for 2025").doesNotExist();
    }
}
