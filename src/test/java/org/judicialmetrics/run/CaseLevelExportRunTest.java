package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs on exports as they come. A data root of Parquet files whose dates are TIMESTAMP (with time zone, in
 * micro- and milliseconds, and nanoseconds without) and whose figures are BIGINT, DOUBLE, DECIMAL and BOOLEAN, under a
 * profile in New York time: every row is accepted (the quality gate allows no quarantine) and each year's figures of
 * the job's metrics equal DuckDB's on the same files. A Windows-1252 export read through a mapping that declares no
 * encoding stops the run with exit code 2 naming the file, the line and the byte offset.
 */
class CaseLevelExportRunTest extends SparkTest {

    @TempDir
    static Path dir;
    static Path data;
    static RunOutcome typed;

    @BeforeAll
    static void run() throws IOException, SQLException {
        spark();
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/ny.json"), """
                {"id": "ny", "title": "A county in New York time", "jurisdiction": "US",
                 "time_zone": "America/New_York"}""");
        Path spec = Files.writeString(dir.resolve("typed-parquet.json"), """
                {"id": "typed-parquet", "profile": "ny", "granularity": "year",
                 "quality_gate": {"require_all_datasets": false, "max_quarantined_share": 0},
                 "metrics": [
                   {"id": "convictions", "dataset": "defendant_outcomes", "kind": "count",
                    "numerator": {"outcome": ["CONVICTED"]}},
                   {"id": "detention_days_total", "dataset": "defendant_outcomes", "kind": "sum",
                    "value": "detention_days", "numerator": {}},
                   {"id": "exonerations", "dataset": "conviction_reviews", "kind": "count",
                    "numerator": {"result": ["OVERTURNED_ACQUITTED"]}},
                   {"id": "compensation_total", "dataset": "conviction_reviews", "kind": "sum",
                    "value": "compensation_amount", "numerator": {"major_case": ["true"]}},
                   {"id": "custody_years", "dataset": "conviction_reviews", "kind": "sum",
                    "value": "years_in_custody", "numerator": {}}
                 ]}""");
        data = Files.createDirectories(dir.resolve("data"));
        // around New Year: an instant up to 5 a.m. UTC on 1 January is still the old year in New York
        duck("""
                COPY (SELECT 'R' || i AS record_id, 'C' || i AS case_id, 'D' || i AS defendant_ref, 'Kings' AS region,
                             'BASIC' AS court_level, 'FIRST_INSTANCE' AS proceeding, 'PUBLIC' AS prosecution_type,
                             'theft' AS offense_category,
                             CASE WHEN i % 4 = 0 THEN 'ACQUITTED' ELSE 'CONVICTED' END AS outcome,
                             CAST(TIMESTAMPTZ '2019-06-01 00:00:00+00' + to_minutes(i * 7) AS TIMESTAMP_NS) AS filed_date,
                             TIMESTAMPTZ '2019-12-31 20:00:00+00' + to_minutes((i * 37) % 4000)
                                 + to_days(365 * (i % 3)) AS concluded_date,
                             CAST(i % 200 AS BIGINT) AS detention_days
                      FROM range(3000) t(i)) TO '$FILE' (FORMAT PARQUET)""".replace("$FILE", data.resolve(
                "defendant_outcomes.parquet").toString()));
        duck("""
                COPY (SELECT 'V' || i AS review_id, 'C' || i AS original_case_id, 'D' || i AS defendant_ref,
                             'Kings' AS region, 'HIGH' AS court_level, 'PETITION' AS review_type,
                             DATE '1995-01-01' + CAST(i AS INTEGER) AS original_conviction_date,
                             CAST(TIMESTAMPTZ '2019-12-31 22:00:00+00' + to_minutes((i * 11) % 600)
                                 + to_days(366 * (i % 2)) AS TIMESTAMPTZ) AS review_concluded_date,
                             ['OVERTURNED_ACQUITTED', 'UPHELD', 'OVERTURNED_ACQUITTED'][i % 3 + 1] AS result,
                             CAST(i % 30 AS DOUBLE) / 8 AS years_in_custody,
                             CAST(1000 + i * 250.25 AS DECIMAL(14, 2)) AS compensation_amount,
                             i % 5 = 0 AS major_case
                      FROM range(1500) t(i)) TO '$FILE' (FORMAT PARQUET)""".replace("$FILE", data.resolve(
                "conviction_reviews.parquet").toString()));
        typed = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2021", LocalDate.of(2022, 3, 1),
                data, dir.resolve("out"), null, false));
    }

    private static void duck(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute(sql);
        }
    }

    /** The first column as key, the second as a number, DuckDB dating instants in {@code zone}. */
    private static Map<String, Double> query(String zone, String sql) throws SQLException {
        Map<String, Double> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET TimeZone = '" + zone + "'");
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getDouble(2));
                }
            }
        }
        return out;
    }

    private static Map<String, Double> published(String metric, String column) throws SQLException {
        return query("UTC", """
                SELECT period_label, %s FROM read_parquet('%s', hive_partitioning = true,
                  hive_types = {'period_label': VARCHAR})
                WHERE period_type = 'year' AND breakdown = 'all' AND metric_id = '%s'
                """.formatted(column, dir.resolve("out/typed-parquet/metrics") + "/**/*.parquet", metric));
    }

    @Test
    void typedParquetIsAcceptedWhole() {
        assertThat(typed.exitCode()).as(String.join("\n", typed.summary())).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void eachYearsFiguresEqualDuckDbInTheProfilesTimeZone() throws SQLException {
        String outcomes = data.resolve("defendant_outcomes.parquet").toString();
        String reviews = data.resolve("conviction_reviews.parquet").toString();
        String year = "CAST(year(CAST(%s AS DATE)) AS VARCHAR)";
        Map<String, Map<String, Double>> expected = Map.of(
                "convictions", query("America/New_York", "SELECT " + year.formatted("concluded_date")
                        + ", count(*) FILTER (WHERE outcome = 'CONVICTED') FROM '" + outcomes + "' GROUP BY 1"),
                "detention_days_total", query("America/New_York", "SELECT " + year.formatted("concluded_date")
                        + ", sum(detention_days) FROM '" + outcomes + "' GROUP BY 1"),
                "exonerations", query("America/New_York", "SELECT " + year.formatted("review_concluded_date")
                        + ", count(*) FILTER (WHERE result = 'OVERTURNED_ACQUITTED') FROM '" + reviews + "' GROUP BY 1"),
                "compensation_total", query("America/New_York", "SELECT " + year.formatted("review_concluded_date")
                        + ", sum(compensation_amount) FILTER (WHERE major_case) FROM '" + reviews + "' GROUP BY 1"),
                "custody_years", query("America/New_York", "SELECT " + year.formatted("review_concluded_date")
                        + ", sum(years_in_custody) FROM '" + reviews + "' GROUP BY 1"));
        for (Map.Entry<String, Map<String, Double>> e : expected.entrySet()) {
            boolean count = e.getKey().equals("convictions") || e.getKey().equals("exonerations");
            Map<String, Double> got = published(e.getKey(), count ? "numerator" : "value");
            Map<String, Double> want = new TreeMap<>(e.getValue());
            want.keySet().removeIf(y -> y.compareTo("2021") > 0); // a run for 2021 publishes no later year
            assertThat(got.keySet()).as(e.getKey()).isEqualTo(want.keySet());
            want.forEach((y, w) -> assertThat(got.get(y)).as(e.getKey() + " " + y)
                    .isCloseTo(w, within(1e-6 * Math.max(1, w))));
        }
        // dated in UTC, the years would differ
        Map<String, Double> utc = query("UTC", "SELECT " + year.formatted("concluded_date")
                + ", count(*) FILTER (WHERE outcome = 'CONVICTED') FROM '" + outcomes + "' GROUP BY 1");
        assertThat(utc).isNotEqualTo(expected.get("convictions"));
    }

    @Test
    void aWindows1252ExportReadAsUtf8StopsWithExitCode2NamingFileLineAndByteOffset() throws IOException {
        Path export = dir.resolve("registry");
        Files.createDirectories(export);
        String csv = "Name,State,Convicted,Exonerated\r\nGarcia,Texas,3/4/1991,5/6/2001\r\nMüller,Québec,"
                + "1/2/1990,3/4/2000\r\n";
        Path file = Files.write(export.resolve("registry.csv"), csv.getBytes(Charset.forName("windows-1252")));
        Path mapping = Files.writeString(dir.resolve("registry.json"), """
                {"id": "registry", "target": "conviction_reviews",
                 "fields": {"review_id": {"synthesize": "row_number"}, "original_case_id": {"template": "{Name}|{Convicted}"},
                            "defendant_ref": {"hash": ["Name", "State"]}, "region": {"from": "State"},
                            "court_level": {"constant": "HIGH"}, "review_type": {"constant": "PETITION"},
                            "original_conviction_date": {"from": "Convicted", "date_format": "M/d/yyyy"},
                            "review_concluded_date": {"from": "Exonerated", "date_format": "M/d/yyyy"},
                            "result": {"constant": "OVERTURNED_ACQUITTED"}}}""");
        Path spec = Files.writeString(dir.resolve("registry-run.json"), """
                {"id": "registry-run", "profile": "ny", "granularity": "year",
                 "quality_gate": {"require_all_datasets": false},
                 "sources": [{"path": "registry.csv", "mapping": "%s"}]}""".formatted(mapping));
        RunOutcome outcome = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2001",
                LocalDate.of(2022, 3, 1), export, dir.resolve("out-registry"), null, false));
        byte[] bytes = Files.readAllBytes(file);
        int offset = 0;
        while (bytes[offset] >= 0) {
            offset++;
        }
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(outcome.summary()).hasSize(1);
        assertThat(outcome.summary().get(0)).startsWith("error: " + file + ": line 3, byte offset " + offset
                + ": not valid UTF-8 (byte 0xFC)");
    }
}
