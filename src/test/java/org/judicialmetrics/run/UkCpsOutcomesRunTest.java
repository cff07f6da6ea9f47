package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.testing.DuckDb;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UK Crown Prosecution Service's monthly tables, real and as published (wide, the month only in the file name, a
 * National total row, missing months), through the mapping {@code jobs/sources/uk-cps-case-outcomes.json} alone: every
 * month's conviction rate nationally, by CPS area and by offence group equals DuckDB's computation straight from the
 * files; a month without a file is {@code x}; a year is given only where all twelve months are.
 */
class UkCpsOutcomesRunTest extends SparkTest {

    private static final String FILES = "data/real/uk-cps-case-outcomes/*/*.csv";

    @TempDir
    static Path out;
    static RunOutcome monthly;
    static RunOutcome annual;

    @BeforeAll
    static void run() {
        spark();
        monthly = new JobRun(Path.of(".")).execute(TestRuns.request("uk-cps-outcomes", "2017-12",
                LocalDate.of(2018, 1, 31), null, out, null, false));
        annual = new JobRun(Path.of(".")).execute(TestRuns.request("uk-cps-annual", "2017", LocalDate.of(2018, 1, 31),
                null, out, null, false));
    }

    @Test
    void bothJobsPublish() {
        assertThat(monthly.exitCode()).as(String.join("\n", monthly.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(annual.exitCode()).as(String.join("\n", annual.summary())).isEqualTo(ExitCode.PUBLISHED);
    }

    /** (month|breakdown|value) -> [convictions, convictions + unsuccessful], from the files by DuckDB. */
    private static Map<String, List<Long>> independent() throws SQLException {
        String cells = """
                WITH wide AS (
                  SELECT * FROM read_csv('%s', filename = true, all_varchar = true, union_by_name = true, header = true)
                ), tall AS (
                  UNPIVOT wide ON COLUMNS('^Number of .* (Convictions|Unsuccessful)$') INTO NAME col VALUE n
                ), typed AS (
                  SELECT regexp_extract(filename, '(\\d{4})/principal', 1) AS year,
                         lower(substr(regexp_extract(filename, 'principal_offence_category_([A-Za-z]+)', 1), 1, 3)) AS mon,
                         trim(column00) AS area,
                         regexp_extract(col, '^Number of (.+) (Convictions|Unsuccessful)$', 1) AS grp,
                         regexp_extract(col, '^Number of (.+) (Convictions|Unsuccessful)$', 2) AS outcome,
                         CAST(replace(replace(n, ',', ''), '-', '0') AS BIGINT) AS n
                  FROM tall
                ), dated AS (
                  SELECT year || '-' || lpad(CAST(list_position(['jan','feb','mar','apr','may','jun','jul','aug','sep',
                           'oct','nov','dec'], mon) AS VARCHAR), 2, '0') AS month, * FROM typed WHERE area <> 'National'
                )
                SELECT month || '|' || b || '|' || v, coalesce(sum(n) FILTER (WHERE outcome = 'Convictions'), 0), sum(n)
                FROM (SELECT month, 'all' AS b, 'all' AS v, outcome, n FROM dated
                      UNION ALL SELECT month, 'region', area, outcome, n FROM dated
                      UNION ALL SELECT month, 'offense_category', grp, outcome, n FROM dated)
                GROUP BY 1
                """.formatted(FILES);
        return query(cells);
    }

    @Test
    void everyMonthsConvictionRateEqualsAnIndependentComputation() throws SQLException {
        Map<String, List<Long>> expected = independent();
        Map<String, List<Long>> published = query("""
                SELECT period_label || '|' || breakdown || '|' || breakdown_value, numerator, denominator
                FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                WHERE period_type = 'month' AND metric_id = 'conviction_rate' AND value IS NOT NULL
                """.formatted(out.resolve("uk-cps-outcomes/metrics") + "/**/*.parquet"));
        // 19 monthly files x (national + 42 areas + 12 offence groups and the administratively finalised)
        assertThat(expected).hasSize(19 * (1 + 42 + 13));
        assertThat(published).isEqualTo(expected);
        // the CPS's own national figure for December 2017 (from its National row): 29,367 of 35,228
        assertThat(published.get("2017-12|all|all")).containsExactly(29367L, 35228L);
    }

    @Test
    void aMonthWithoutAFileIsNotAvailable() throws SQLException {
        Map<String, List<Long>> missing = notAvailable("uk-cps-outcomes", "month");
        for (String month : List.of("2016-02", "2016-03", "2017-04", "2017-05", "2017-06")) {
            assertThat(missing.get(month)).as(month).containsExactly(1L);
        }
        assertThat(missing.get("2016-01")).containsExactly(0L);
        assertThat(missing.values().stream().filter(v -> v.get(0) == 1L)).hasSize(5);
    }

    @Test
    void theNationalRowIsCheckedAndNotCountedTwice() throws Exception {
        String checks = Files.readString(out.resolve("uk-cps-outcomes/2017-12/tables/data-quality-checks.csv"));
        assertThat(checks).contains("totals by region (National) equal their parts,Passed,475 totals checked");
        assertThat(Files.readString(out.resolve("uk-cps-outcomes/2017-12/tables/breakdown-region.csv")))
                .doesNotContain("National");
    }

    @Test
    void aYearIsGivenOnlyWhereAllTwelveMonthsAre() throws SQLException {
        Map<String, List<Long>> years = notAvailable("uk-cps-annual", "year");
        // 2016 lacks February and March, 2017 April to June
        assertThat(years).containsEntry("2016", List.of(1L)).containsEntry("2017", List.of(1L));
    }

    @Test
    void theRateHasItsWilsonInterval() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT value, ci_low, ci_high FROM read_parquet('%s', hive_partitioning = true,
                       hive_types = {'period_label': VARCHAR})
                     WHERE period_type = 'month' AND period_label = '2017-12' AND metric_id = 'conviction_rate'
                       AND breakdown = 'all'
                     """.formatted(out.resolve("uk-cps-outcomes/metrics") + "/**/*.parquet"))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isCloseTo(29367.0 / 35228, within(1e-12));
            assertThat(rs.getDouble(2)).isCloseTo(0.82970, within(1e-5));
            assertThat(rs.getDouble(3)).isCloseTo(0.83748, within(1e-5));
        }
    }

    /** Period label -> 1 where the national conviction rate is not available ({@code x}, no value), else 0. */
    private static Map<String, List<Long>> notAvailable(String job, String periodType) throws SQLException {
        return query("""
                SELECT period_label, CASE WHEN value IS NULL AND contains(flags, 'x') THEN 1 ELSE 0 END
                FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                WHERE period_type = '%s' AND metric_id = 'conviction_rate' AND breakdown = 'all'
                  AND period_label BETWEEN '2016' AND '2017-12'
                """.formatted(out.resolve(job + "/metrics") + "/**/*.parquet", periodType));
    }

    private static Map<String, List<Long>> query(String sql) throws SQLException {
        return DuckDb.rows(sql);
    }
}
