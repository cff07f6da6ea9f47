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
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs/run china-published} end to end: report, PDF, CSV tables, charts, manifest and Parquet metric table. */
class ChinaPublishedRunTest extends SparkTest {

    @TempDir
    static Path out;
    static RunOutcome outcome;
    static Path dir;

    @BeforeAll
    static void run() {
        spark();
        outcome = new JobRun(Path.of(".")).execute(TestRuns.request("china-published", null, LocalDate.of(2026, 6, 30),
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
        // the cn profile's second language: the Chinese edition with its own chart images
        assertThat(dir.resolve("index.zh.html")).isRegularFile();
        assertThat(dir.resolve("report.zh.pdf")).isRegularFile();
        assertThat(dir.resolve("charts/acquittal-rates.zh.svg")).isRegularFile();
    }

    @Test
    void verifyFindsTheCountTableAndEveryOutputAsTheManifestRecordedThem() throws IOException {
        RunOutcome verified = new JobRun(Path.of(".")).execute(new RunRequest("china-published", null, null, null,
                out.toString(), null, null, false, null, false, true));
        int outputs = Json.mapper().readTree(dir.resolve("manifest.json").toFile()).get("output_files").size();
        assertThat(verified.exitCode()).as(String.join("\n", verified.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(verified.summary()).contains("  2025  verified: 1 input, " + outputs + " outputs");
    }

    @Test
    void theSeriesAreInTheParquetMetricTableOncePerKey() throws Exception {
        String parquet = "read_parquet('" + out.resolve("china-published/metrics") + "/**/*.parquet',"
                + " hive_partitioning = true, hive_types = {'period_label': VARCHAR})";
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement st = db.createStatement()) {
            java.sql.ResultSet keys = st.executeQuery("SELECT count(*), count(DISTINCT (period_label, breakdown,"
                    + " breakdown_value, metric_id)), count(DISTINCT job_id) FROM " + parquet);
            keys.next();
            assertThat(keys.getLong(1)).isGreaterThan(500).isEqualTo(keys.getLong(2));
            assertThat(keys.getLong(3)).isEqualTo(1);
            java.sql.ResultSet yearbook = st.executeQuery("SELECT numerator, denominator, value FROM " + parquet
                    + " WHERE metric_id = 'acquittal_rate' AND breakdown = 'denominator'"
                    + " AND breakdown_value = 'persons_adjudicated_yearbook' AND period_label = '2000'");
            yearbook.next();
            assertThat(yearbook.getLong(1)).isEqualTo(6617);
            assertThat(yearbook.getLong(2)).isEqualTo(648_725);
            assertThat(yearbook.getDouble(3)).isEqualTo(6617.0 / 648_725);
            java.sql.ResultSet combined = st.executeQuery("SELECT value, flags FROM " + parquet
                    + " WHERE metric_id = 'acquittal_rate' AND breakdown = 'all' AND period_label = '2022'");
            combined.next();
            assertThat(combined.getDouble(1)).isEqualTo(631.0 / 1_431_585);
            assertThat(combined.getString(2)).contains("b");
            java.sql.ResultSet gap = st.executeQuery("SELECT value, flags FROM " + parquet
                    + " WHERE metric_id = 'retrial_changed_criminal_cases' AND period_label = '2017'");
            gap.next();
            assertThat(gap.getObject(1)).as("not published: x, never 0").isNull();
            assertThat(gap.getString(2)).isEqualTo("x");
        }
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

        assertThat(csv).contains("\n2000,Persons adjudicated (Yearbook),6617,,648725,,1.020001,,");
        assertThat(csv).contains("\n2014,\"Persons sentenced (ratio, SPC)\",778,,1184000,,0.065709,b,");
        assertThat(csv).contains("\n2017,,,x,,x,,x,,,x,,\n");
        assertThat(csv).as("the count without a denominator").contains("\n2023,,456,,,x,,x,,,x,");
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
        RunOutcome missing = new JobRun(Path.of(".")).execute(TestRuns.request("china-published", null,
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
        assertThat(file.get("sha256").asText()).isEqualTo(Checksums.sha256(org.judicialmetrics.storage.Location.local(csv)));
        assertThat(m.get("figures_by_measure").get("acquitted_total_yearbook").asLong()).isEqualTo(14);
        assertThat(m.get("period").get("label").asText()).isEqualTo("2025");
    }

    @Test
    void anEarlierPeriodLeavesOutLaterFigures() {
        RunOutcome earlier = new JobRun(Path.of(".")).execute(TestRuns.request("china-published", "2016",
                LocalDate.of(2026, 6, 30), null, out, null, false));

        assertThat(earlier.exitCode()).as(String.join("\n", earlier.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(earlier.summary()).anyMatch(l -> l.contains("2000-2016"));
        assertThat(out.resolve("china-published/2016/tables/acquittal-rate-combined.csv")).isRegularFile();
        assertThat(out.resolve("china-published/2016/tables/withdrawals-and-acquittals.csv"))
                .as("withdrawals were first published for 2025").doesNotExist();
    }
}
