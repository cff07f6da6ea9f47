package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on generated data, checked from outside: DuckDB reads the published Parquet as a dashboard would
 * and recomputes the headline series straight from the input CSV files; a dirty data set is quarantined honestly.
 */
class EndToEndTest extends SparkTest {

    @TempDir
    static Path dir;
    static Path clean;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        spark();
        clean = dir.resolve("clean");
        out = dir.resolve("out");
        new SyntheticGenerator(new GeneratorSettings(40_000, 7, 2011, 2020, false)).generate(clean);
        RunOutcome outcome = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", "2020",
                LocalDate.of(2021, 3, 31), clean, out, null, true));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void parquetSeriesMatchAnIndependentComputationOverTheInputFiles() throws SQLException {
        // the restricted table holds every figure; the public one withholds small counts
        String metrics = TestRuns.restricted(out).resolve("annual-report/metrics").toString() + "/**/*.parquet";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            Map<String, double[]> published = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT period_label || '/' || metric_id, numerator, denominator, value,"
                    + " ci_low, ci_high FROM read_parquet('" + metrics + "', hive_partitioning = true,"
                    + " hive_types = {'period_label': VARCHAR})"
                    + " WHERE period_type = 'year' AND breakdown = 'all'"
                    + " AND metric_id IN ('acquittal_rate', 'exclusion_grant_rate', 'convictions_overturned')")) {
                while (rs.next()) {
                    published.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6)});
                }
            }
            String csv = clean.toString();
            int years = 0;
            try (ResultSet rs = st.executeQuery("""
                    WITH o AS (SELECT year(CAST(concluded_date AS DATE)) y,
                                      count(*) FILTER (WHERE outcome = 'ACQUITTED') acq,
                                      count(*) FILTER (WHERE outcome IN ('CONVICTED', 'ACQUITTED',
                                          'EXEMPT_FROM_PUNISHMENT', 'NOT_CRIMINALLY_LIABLE')) adj
                               FROM read_csv('%1$s/defendant_outcomes.csv', all_varchar = true) GROUP BY 1),
                         m AS (SELECT year(CAST(decided_date AS DATE)) y,
                                      count(*) FILTER (WHERE decision IN ('GRANTED', 'PARTIALLY_GRANTED')) AS n_granted,
                                      count(*) FILTER (WHERE decision IN ('GRANTED', 'PARTIALLY_GRANTED', 'DENIED')) AS n_decided
                               FROM read_csv('%1$s/exclusion_motions.csv', all_varchar = true)
                               WHERE decided_date IS NOT NULL GROUP BY 1),
                         r AS (SELECT year(CAST(review_concluded_date AS DATE)) y,
                                      count(*) FILTER (WHERE result LIKE 'OVERTURNED_%%') overturned
                               FROM read_csv('%1$s/conviction_reviews.csv', all_varchar = true) GROUP BY 1)
                    SELECT o.y, acq, adj, n_granted, n_decided, coalesce(overturned, 0)
                    FROM o LEFT JOIN m USING (y) LEFT JOIN r USING (y) WHERE o.y BETWEEN 2012 AND 2020 ORDER BY 1
                    """.formatted(csv))) {
                while (rs.next()) {
                    String year = rs.getString(1);
                    double[] rate = published.get(year + "/acquittal_rate");
                    assertThat(rate).as("acquittal_rate %s published", year).isNotNull();
                    assertThat(rate[0]).as("acquittals %s", year).isEqualTo(rs.getLong(2));
                    assertThat(rate[1]).as("adjudicated %s", year).isEqualTo(rs.getLong(3));
                    assertThat(rate[2]).isCloseTo((double) rs.getLong(2) / rs.getLong(3), within(1e-12));
                    assertThat(rate[3]).isLessThanOrEqualTo(rate[2]);
                    assertThat(rate[4]).isGreaterThanOrEqualTo(rate[2]);
                    double[] grant = published.get(year + "/exclusion_grant_rate");
                    if (rs.getLong(5) > 0) {
                        assertThat(grant[0]).as("granted %s", year).isEqualTo(rs.getLong(4));
                        assertThat(grant[1]).as("decided %s", year).isEqualTo(rs.getLong(5));
                    }
                    assertThat(published.get(year + "/convictions_overturned")[2]).as("overturned %s", year)
                            .isEqualTo(rs.getLong(6));
                    years++;
                }
            }
            assertThat(years).isEqualTo(9);
        }
    }

    @Test
    void aCountTableGivesTheSameFiguresAsTheCaseLevelDataItCounts() throws Exception {
        Path countsRoot = dir.resolve("counts");
        Files.createDirectories(countsRoot);
        Path table = countsRoot.resolve("outcome_counts.csv");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            // A complete cross-tab of all three datasets, as statistics offices publish one: an outcome, decision or
            // result with none is a 0, not a missing row (a missing row means "not published": the figures that need
            // it would be x). Motions filed count by filed year, decisions by decided year.
            st.execute("""
                    CREATE TABLE d AS SELECT CAST(year(CAST(concluded_date AS DATE)) AS VARCHAR) AS period, region,
                                             prosecution_type, outcome AS measure
                    FROM read_csv('%s/defendant_outcomes.csv', all_varchar = true)
                    """.formatted(clean));
            st.execute("""
                    CREATE TABLE m AS SELECT CAST(year(CAST(filed_date AS DATE)) AS VARCHAR) AS filed,
                                             CAST(year(CAST(decided_date AS DATE)) AS VARCHAR) AS decided, region,
                                             decision AS measure
                    FROM read_csv('%s/exclusion_motions.csv', all_varchar = true)
                    """.formatted(clean));
            st.execute("""
                    CREATE TABLE r AS SELECT CAST(year(CAST(review_concluded_date AS DATE)) AS VARCHAR) AS period,
                                             region, result AS measure
                    FROM read_csv('%s/conviction_reviews.csv', all_varchar = true)
                    """.formatted(clean));
            st.execute("""
                    CREATE TABLE years AS SELECT period FROM d UNION SELECT filed FROM m
                    UNION SELECT decided FROM m WHERE decided IS NOT NULL UNION SELECT period FROM r
                    """);
            st.execute("""
                    COPY (
                      SELECT y.period, g.region, t.prosecution_type, o.measure, count(d.measure) AS count
                      FROM years y CROSS JOIN (SELECT DISTINCT region FROM d) g
                           CROSS JOIN (SELECT DISTINCT prosecution_type FROM d) t
                           CROSS JOIN (SELECT DISTINCT measure FROM d) o
                      LEFT JOIN d ON d.period = y.period AND d.region = g.region
                           AND d.prosecution_type = t.prosecution_type AND d.measure = o.measure
                      GROUP BY ALL
                      UNION ALL
                      SELECT y.period, g.region, NULL, 'FILED', count(m.filed)
                      FROM years y CROSS JOIN (SELECT DISTINCT region FROM m) g
                      LEFT JOIN m ON m.filed = y.period AND m.region = g.region
                      GROUP BY ALL
                      UNION ALL
                      SELECT y.period, g.region, NULL, o.measure, count(m.decided)
                      FROM years y CROSS JOIN (SELECT DISTINCT region FROM m) g
                           CROSS JOIN (VALUES ('GRANTED'), ('PARTIALLY_GRANTED'), ('DENIED'), ('WITHDRAWN')) o(measure)
                      LEFT JOIN m ON m.decided = y.period AND m.region = g.region AND m.measure = o.measure
                      GROUP BY ALL
                      UNION ALL
                      SELECT y.period, g.region, NULL, o.measure, count(r.measure)
                      FROM years y CROSS JOIN (SELECT DISTINCT region FROM r) g
                           CROSS JOIN (SELECT DISTINCT measure FROM r) o
                      LEFT JOIN r ON r.period = y.period AND r.region = g.region AND r.measure = o.measure
                      GROUP BY ALL
                      ORDER BY ALL) TO '%s' (HEADER, DELIMITER ',')
                    """.formatted(table));
        }
        Path spec = Files.writeString(dir.resolve("counts-job.json"), """
                {"id": "counts-report", "granularity": "year",
                 "quality_gate": {"require_all_datasets": false}}""");
        Path countsOut = dir.resolve("counts-out");
        RunOutcome outcome = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2020",
                LocalDate.of(2021, 3, 31), countsRoot, countsOut, null, true));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);

        // the true figures: the restricted tables (each public one is suppressed by its own job's decision)
        String cases = TestRuns.restricted(out).resolve("annual-report/metrics") + "/**/*.parquet";
        String counted = TestRuns.restricted(countsOut).resolve("counts-report/metrics") + "/**/*.parquet";
        String read = "read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(("""
                     SELECT count(*),
                            count(*) FILTER (WHERE c.numerator IS DISTINCT FROM m.numerator
                                             OR c.denominator IS DISTINCT FROM m.denominator
                                             OR c.value IS DISTINCT FROM m.value OR c.ci_low IS DISTINCT FROM m.ci_low
                                             OR c.flags IS DISTINCT FROM m.flags)
                     FROM %s m JOIN %s c USING (period_type, period_label, breakdown, breakdown_value, metric_id)
                     WHERE period_type IN ('year', 'cumulative') AND breakdown IN ('all', 'region', 'prosecution_type')
                       AND metric_id IN ('defendants_adjudicated', 'acquittals', 'acquittal_rate',
                           'acquittal_rate_public', 'acquittal_rate_private', 'prosecution_withdrawals',
                           'withdrawal_ratio', 'exclusion_motions_filed', 'exclusion_motions_decided',
                           'exclusion_motions_granted', 'exclusion_grant_rate', 'convictions_reviewed',
                           'convictions_overturned', 'overturned_to_acquittal', 'overturn_rate')
                     """).formatted(read.formatted(cases), read.formatted(counted)))) {
            rs.next();
            assertThat(rs.getLong(1)).as("rows compared").isGreaterThan(1000);
            assertThat(rs.getLong(2)).as("rows that differ").isZero();
        }
    }

    @Test
    void reportArchiveAndManifestArePublished() throws IOException {
        Path period = out.resolve("annual-report/2020");
        assertThat(period.resolve("index.html")).isRegularFile();
        assertThat(period.resolve("report.pdf")).isRegularFile();
        assertThat(out.resolve("annual-report/index.html")).content().contains("2020");
        JsonNode manifest = Json.mapper().readTree(period.resolve("manifest.json").toFile());
        assertThat(manifest.get("metric_rows_by_period_type").get("year").asLong()).isPositive();
        assertThat(manifest.get("outputs").toString()).contains("report.pdf").contains("metrics/period_type=year")
                .contains("\"definitions/\"", "\"dashboard.html\"");
        assertThat(manifest.get("timings_ms").has("metrics")).isTrue();
    }

    @Test
    void dirtyDataIsPublishedWithAnHonestQuarantine() throws IOException {
        Path dirty = dir.resolve("dirty");
        new SyntheticGenerator(new GeneratorSettings(20_000, 11, 2015, 2020, true)).generate(dirty);
        // As of the generated span's last day, so every injected future date is in the future.
        RunOutcome outcome = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", "2020",
                LocalDate.of(2020, 12, 31), dirty, dir.resolve("dirty-out"), null, false));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);

        JsonNode generated = Json.mapper().readTree(dirty.resolve(SyntheticGenerator.SUMMARY_FILE).toFile());
        JsonNode manifest = Json.mapper().readTree(dir.resolve("dirty-out/annual-report/2020/manifest.json").toFile());
        for (JsonNode input : manifest.get("inputs")) {
            String dataset = input.get("dataset").asText();
            long injected = 0;
            for (Iterator<JsonNode> it = generated.get("faults").get(dataset).elements(); it.hasNext(); ) {
                injected += it.next().asLong();
            }
            assertThat(input.get("rows_quarantined").asLong()).as("%s: every injected fault is quarantined", dataset)
                    .isEqualTo(injected);
            assertThat(input.get("rows_read").asLong())
                    .isEqualTo(input.get("rows_accepted").asLong() + input.get("rows_quarantined").asLong());
        }
        assertThat(dir.resolve("dirty-out/annual-report/2020/quarantine")).as("no row-level data under --out")
                .doesNotExist();
        assertThat(Files.list(TestRuns.restricted(dir.resolve("dirty-out")).resolve("annual-report/2020/quarantine"))
                .count()).isPositive();
        assertThat(Files.getPosixFilePermissions(TestRuns.restricted(dir.resolve("dirty-out"))))
                .as("the restricted root is its owner's only")
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }
}
