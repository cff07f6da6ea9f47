package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.counts.AcquittalSeries;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.testing.TestModel;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/run china-acquittals} (a first run, so the whole history is written): China's published counts through a source mapping onto
 * {@code outcome_counts} and the periodic engine give, in the Parquet metric table a dashboard reads, the same
 * acquittal rates as the published-figures report computes from the same reference rows; years without a published
 * denominator are {@code x}, the change of denominator in 2022 is {@code b}.
 */
class ChinaAcquittalCountsRunTest extends SparkTest {

    @TempDir
    static Path out;
    static RunOutcome outcome;

    /** year -> (numerator, denominator, value, flags) of acquittal_rate, breakdown all, as DuckDB reads the Parquet. */
    static final Map<Integer, Object[]> RATES = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        spark();
        outcome = new JobRun(Path.of(".")).execute(TestRuns.request("china-acquittals", "2025", LocalDate.of(2026, 6, 30),
                null, out, null, false));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);
        String parquet = out.resolve("china-acquittals/metrics") + "/**/*.parquet";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(("""
                     SELECT CAST(period_label AS INTEGER), numerator, denominator, value, flags
                     FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                     WHERE metric_id = 'acquittal_rate' AND period_type = 'year' AND breakdown = 'all'
                     """).formatted(parquet))) {
            while (rs.next()) {
                RATES.put(rs.getInt(1), new Object[] {rs.getObject(2), rs.getObject(3), rs.getObject(4),
                        rs.getString(5)});
            }
        }
    }

    @Test
    void everyYearFrom2000IsInTheParquetTable() {
        assertThat(RATES.keySet()).hasSize(26).contains(2000, 2013, 2017, 2022, 2025);
    }

    @Test
    void ratesEqualThoseOfThePublishedFiguresReport() {
        CountTable table = new CountTable(PublishedFiguresReader.read(Path.of("data/reference/china-published-figures.csv"),
                Optional.of(SourceMappingLoader.read(Path.of("jobs/sources/china-published-figures.json")))));
        PublishedFigures published = TestModel.cn().profile().published();
        AcquittalSeries series = new AcquittalSeries(table, published, new Confidence(0.95));
        int compared = 0;
        for (PublishedFigures.Denominator d : List.of(published.denominator("persons_adjudicated_yearbook"),
                published.denominator("persons_effective_judgments"))) {
            for (SeriesPoint p : series.rates(d, 2000, 2025)) {
                if (!p.available()) {
                    continue;
                }
                Object[] r = RATES.get(p.year());
                assertThat(((Number) r[0]).longValue()).as("numerator %d", p.year()).isEqualTo(p.row().numerator());
                assertThat(((Number) r[1]).longValue()).as("denominator %d", p.year()).isEqualTo(p.row().denominator());
                assertThat((Double) r[2]).as("rate %d", p.year()).isCloseTo(p.row().value(), within(1e-15));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(15);
    }

    @Test
    void yearsWithoutAPublishedDenominatorAreNotAvailableAndTheNewDenominatorIsABreak() {
        assertThat(RATES.get(2014)).as("acquittals published, no denominator")
                .containsExactly(778L, null, null, "x");
        assertThat(RATES.get(2017)).as("nothing published").containsExactly(null, null, null, "x");
        assertThat((String) RATES.get(2022)[3]).isEqualTo("b");
        assertThat((String) RATES.get(2013)[3]).doesNotContain("b");
    }

    @Test
    void theReportSaysItsFiguresComeFromACountTable() throws Exception {
        String html = Files.readString(out.resolve("china-acquittals/2025/index.html"));
        assertThat(html).contains("defendant_outcomes (count table) (mapping china-acquittal-counts)")
                .contains("computed from a count table of published counts");
    }

    @Test
    void manifestCountsTheRowsTheMappingDropped() throws Exception {
        JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("china-acquittals/2025/manifest.json")));
        JsonNode input = manifest.get("inputs").get(0);
        assertThat(input.get("dataset").asText()).isEqualTo("defendant_outcomes");
        long read = input.get("rows_read").asLong();
        long accepted = input.get("rows_accepted").asLong();
        assertThat(read).isEqualTo(Files.readAllLines(Path.of("data/reference/china-published-figures.csv")).size() - 1);
        assertThat(accepted).isEqualTo(36);
        assertThat(input.get("quarantined_by_reason").get("DROPPED_BY_RULE").asLong()).isEqualTo(read - accepted);
        assertThat(outcome.summary()).anyMatch(l -> l.contains("dropped by the mapping")
                && l.contains("a multi-year total is not a yearly count"));
    }
}
