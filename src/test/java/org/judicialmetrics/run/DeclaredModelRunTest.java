package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.DuckDb;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open model end to end: a job spec that declares breakdowns by {@code sex} and {@code age_group} and a metric
 * {@code conviction_rate}, run on case-level data carrying those columns, publishes their rows in the Parquet metric
 * table, a report table per declared breakdown and the metric in the headline; every figure equals DuckDB's count
 * straight from the input CSV. The {@code us} profile's job does the same with its own codes and metrics, and no eras.
 */
class DeclaredModelRunTest extends SparkTest {

    private static final List<String> SEXES = List.of("FEMALE", "MALE", "");
    private static final List<String> AGES = List.of("18_24", "25_34", "35_44", "45_54", "55_PLUS", "");
    private static final List<String> REGIONS = List.of("North", "South", "East");

    @TempDir
    static Path dir;
    static Path out;
    static RunOutcome declared;
    static RunOutcome us;

    @BeforeAll
    static void run() throws IOException {
        spark();
        out = dir.resolve("out");
        Path spec = Files.writeString(dir.resolve("declared-model.json"), """
                {
                  "id": "declared-model",
                  "granularity": "year",
                  "quality_gate": { "require_all_datasets": false },
                  "breakdowns": { "defendant_outcomes": [
                    "region",
                    { "column": "sex", "values": ["FEMALE", "MALE"], "label": "Sex" },
                    "age_group",
                    { "column": "charges", "multi_valued": true, "label": "Charges" } ] },
                  "metrics": [ {
                    "id": "conviction_rate", "dataset": "defendant_outcomes", "kind": "rate",
                    "label": "Conviction rate", "definition": "Share of adjudicated defendants who were convicted.",
                    "numerator": { "outcome": ["CONVICTED"] },
                    "denominator": { "outcome": ["CONVICTED", "ACQUITTED", "EXEMPT_FROM_PUNISHMENT",
                                                 "NOT_CRIMINALLY_LIABLE"] },
                    "show": ["headline", "breakdowns"] } ]
                }
                """);
        Path data = dir.resolve("data");
        write(data, "CN", List.of("CONVICTED", "CONVICTED", "CONVICTED", "CONVICTED", "ACQUITTED",
                "EXEMPT_FROM_PUNISHMENT", "PROSECUTION_WITHDRAWN", "TERMINATED"), 3000, 7);
        declared = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2021", LocalDate.of(2022, 3, 1),
                data, out, null, false));

        Path usData = dir.resolve("us-data");
        write(usData, "US", List.of("CONVICTED", "CONVICTED", "CONVICTED", "ACQUITTED", "DISMISSED", "DISMISSED",
                "DIVERTED", "PROSECUTION_WITHDRAWN"), 4000, 11);
        us = new JobRun(Path.of(".")).execute(TestRuns.request("us-county-report", "2021", LocalDate.of(2022, 3, 1),
                usData, out, null, false));
    }

    /** Defendant rows over 2019-2021 with sex, age group and race; three rows with a sex outside the declared values. */
    private static void write(Path data, String jurisdiction, List<String> outcomes, int n, long seed)
            throws IOException {
        Random random = new Random(seed);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate concluded = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3 * 365));
            // four defendants of sex OTHER in 2021: a small cell (quarantined where only FEMALE and MALE are declared)
            boolean other = i >= 3 && i < 7;
            if (other) {
                concluded = LocalDate.of(2021, 6, i);
            }
            String outcome = outcomes.get(random.nextInt(outcomes.size()));
            rows.add(Rows.valid(Dataset.DEFENDANT_OUTCOMES, "record_id", "R" + i, "case_id", "C" + i,
                    "defendant_ref", "D" + i, "jurisdiction", i % 10 == 0 ? "" : jurisdiction,
                    "region", REGIONS.get(random.nextInt(REGIONS.size())),
                    "filed_date", concluded.minusDays(30).toString(), "concluded_date", concluded.toString(),
                    "outcome", outcome, "acquittal_basis", outcome.equals("ACQUITTED") ? "INSUFFICIENT_EVIDENCE" : "",
                    "sex", i < 3 ? "male" : other ? "OTHER" : SEXES.get(random.nextInt(SEXES.size())),
                    "age_group", AGES.get(random.nextInt(AGES.size())),
                    "race_ethnicity", List.of("Black", "Hispanic", "White", "Asian", "").get(random.nextInt(5)),
                    "charges", List.of("THEFT", "FRAUD;THEFT", " ASSAULT ; FRAUD", "", "THEFT;THEFT").get(random.nextInt(5))));
        }
        Rows.csv(data.resolve("defendant_outcomes.csv"), Dataset.DEFENDANT_OUTCOMES,
                List.of("sex", "age_group", "race_ethnicity", "charges"), rows);
    }

    @Test
    void runsPublish() {
        assertThat(declared.exitCode()).as(String.join("\n", declared.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(us.exitCode()).as(String.join("\n", us.summary())).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void declaredBreakdownsAndMetricEqualAnIndependentCount() throws SQLException {
        String input = dir.resolve("data/defendant_outcomes.csv").toString();
        String adjudicated = "outcome IN ('CONVICTED', 'ACQUITTED', 'EXEMPT_FROM_PUNISHMENT', 'NOT_CRIMINALLY_LIABLE')";
        int compared = 0;
        for (String breakdown : List.of("all", "region", "sex", "age_group", "charges")) {
            String key = breakdown.equals("all") ? "'all'"
                    : breakdown.equals("charges") ? "part" : "coalesce(nullif(trim(" + breakdown + "), ''), 'unknown')";
            // rows with a sex outside the declared values are quarantined, so they count nowhere
            Map<String, List<Long>> expected = query("""
                    SELECT substr(concluded_date, 1, 4) || '|' || %s,
                           count(*) FILTER (WHERE %s),
                           count(*) FILTER (WHERE outcome = 'ACQUITTED'),
                           count(*) FILTER (WHERE outcome = 'CONVICTED')
                    FROM (SELECT *, unnest(CASE WHEN trim(coalesce(charges, '')) = '' THEN ['unknown']
                                  ELSE list_distinct(list_transform(string_split(charges, ';'), x -> trim(x))) END) AS part
                          FROM read_csv('%s', all_varchar = true))
                    WHERE coalesce(sex, '') IN ('FEMALE', 'MALE', '')
                    GROUP BY 1
                    """.formatted(key, adjudicated, input).replace("count(*)", "count(DISTINCT record_id)"));
            Map<String, List<Long>> published = query("""
                    SELECT period_label || '|' || breakdown_value,
                           max(numerator) FILTER (WHERE metric_id = 'defendants_adjudicated'),
                           max(numerator) FILTER (WHERE metric_id = 'acquittals'),
                           max(numerator) FILTER (WHERE metric_id = 'conviction_rate')
                    FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                    WHERE period_type = 'year' AND breakdown = '%s' AND period_label >= '2019'
                    GROUP BY 1
                    """.formatted(parquet("declared-model"), breakdown));
            assertThat(published).as(breakdown).isEqualTo(expected);
            compared += expected.size();
        }
        // 3 years x (all + 3 regions + female, male, unknown + 5 age groups and unknown + 3 charges and unknown)
        assertThat(compared).isEqualTo(3 * (1 + 3 + 3 + 6 + 4));
        Map<String, List<Long>> rate = query("""
                SELECT breakdown_value, numerator, denominator FROM read_parquet('%s', hive_partitioning = true,
                  hive_types = {'period_label': VARCHAR})
                WHERE period_label = '2021' AND metric_id = 'conviction_rate' AND breakdown = 'sex'
                """.formatted(parquet("declared-model")));
        assertThat(rate.keySet()).containsExactlyInAnyOrder("FEMALE", "MALE", "unknown");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT value, ci_low, ci_high, numerator, denominator FROM read_parquet('%s',
                       hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                     WHERE period_label = '2021' AND metric_id = 'conviction_rate' AND breakdown = 'all'
                     """.formatted(parquet("declared-model")))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isCloseTo((double) rs.getLong(4) / rs.getLong(5), within(1e-12));
            assertThat(rs.getDouble(2)).isLessThan(rs.getDouble(1));
            assertThat(rs.getDouble(3)).isGreaterThan(rs.getDouble(1));
        }
    }

    @Test
    void anInputWithoutADeclaredColumnStopsTheRunNamingIt() throws IOException {
        Path data = dir.resolve("no-sex");
        Rows.csv(data.resolve("defendant_outcomes.csv"), Dataset.DEFENDANT_OUTCOMES,
                List.of(Rows.valid(Dataset.DEFENDANT_OUTCOMES)));
        RunOutcome outcome = new JobRun(Path.of(".")).execute(TestRuns.request(
                dir.resolve("declared-model.json").toString(), "2020", LocalDate.of(2022, 3, 1), data,
                dir.resolve("out-no-sex"), null, false));
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(String.join("\n", outcome.summary())).contains("defendant_outcomes.csv: required columns 'sex',"
                + " 'age_group', 'charges' of defendant_outcomes are missing");
    }

    @Test
    void aSexOutsideTheDeclaredValuesIsQuarantined() throws IOException {
        var manifest = org.judicialmetrics.util.Json.mapper().readTree(
                out.resolve("declared-model/2021/manifest.json").toFile());
        // three rows of sex "male" and four of "OTHER", neither among the declared FEMALE and MALE
        assertThat(manifest.get("inputs").get(0).get("dataset").asText()).isEqualTo("defendant_outcomes");
        assertThat(manifest.get("inputs").get(0).get("quarantined_by_reason").get("UNKNOWN_CODE").asLong())
                .isEqualTo(7);
    }

    @Test
    void theReportHasATablePerDeclaredBreakdownAndShowsTheMetric() throws IOException {
        Path tables = out.resolve("declared-model/2021/tables");
        assertThat(tables.resolve("breakdown-sex.csv")).exists();
        assertThat(tables.resolve("breakdown-age_group.csv")).exists();
        assertThat(tables.resolve("breakdown-proceeding.csv")).doesNotExist();
        String sex = Files.readString(tables.resolve("breakdown-sex.csv"), StandardCharsets.UTF_8);
        assertThat(sex.lines().findFirst().orElseThrow()).startsWith("Sex,").contains("Conviction rate (%)");
        assertThat(sex).contains("Female").contains("Male").contains("Unknown");
        assertThat(Files.readString(tables.resolve("headline.csv"))).contains("Conviction rate");
        assertThat(Files.readString(tables.resolve("definitions.csv"))).contains("conviction_rate")
                .contains("Share of adjudicated defendants who were convicted.");
        assertThat(Files.readString(out.resolve("declared-model/2021/index.html"))).contains("Defendant outcomes by sex");
    }

    @Test
    void theUsProfileCountsItsOwnCodesAndHasNoEras() throws SQLException {
        String input = dir.resolve("us-data/defendant_outcomes.csv").toString();
        String key = "coalesce(nullif(trim(race_ethnicity), ''), 'unknown')";
        Map<String, List<Long>> expected = query("""
                SELECT substr(concluded_date, 1, 4) || '|' || %s,
                       count(*) FILTER (WHERE outcome = 'CONVICTED'),
                       count(*) FILTER (WHERE outcome IN ('DISMISSED', 'PROSECUTION_WITHDRAWN')),
                       count(*)
                FROM read_csv('%s', all_varchar = true)
                WHERE coalesce(sex, '') IN ('FEMALE', 'MALE', 'OTHER', '')
                GROUP BY 1
                """.formatted(key, input));
        Map<String, List<Long>> published = query("""
                SELECT period_label || '|' || breakdown_value,
                       max(numerator) FILTER (WHERE metric_id = 'conviction_rate'),
                       max(numerator) FILTER (WHERE metric_id = 'dismissal_rate'),
                       max(denominator) FILTER (WHERE metric_id = 'dismissal_rate')
                FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                WHERE period_type = 'year' AND breakdown = 'race_ethnicity' AND period_label >= '2019'
                  AND NOT contains(flags, 'c')
                GROUP BY 1
                """.formatted(parquet("us-county-report")));
        assertThat(published).hasSizeGreaterThan(10);
        published.forEach((k, v) -> assertThat(v).as(k).isEqualTo(expected.get(k)));
        Map<String, List<Long>> eras = query("""
                SELECT DISTINCT period_type, 0 FROM read_parquet('%s', hive_partitioning = true,
                  hive_types = {'period_label': VARCHAR})
                """.formatted(parquet("us-county-report")));
        assertThat(eras.keySet()).containsExactlyInAnyOrder("year", "cumulative");
    }

    @Test
    void aReportOnOutcomesOnlyLeavesOutTheOtherDatasetsAndHasNoEras() throws IOException {
        Path report = out.resolve("us-county-report/2021");
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("This report covers defendant outcomes only: the data hold no exclusion motions or"
                + " conviction reviews").doesNotContain(">Era comparison<", ">Overturned convictions<",
                ">Exclusion of illegally obtained evidence<");
        String headline = Files.readString(report.resolve("tables/headline.csv"));
        assertThat(headline).contains("Conviction rate,%").contains("Dismissal rate,%").doesNotContain("Exonerations");
        assertThat(report.resolve("tables/breakdown-race_ethnicity.csv")).exists();
        assertThat(Files.readString(report.resolve("tables/definitions.csv"))).contains("dismissal_rate")
                .doesNotContain("exonerations");
    }

    @Test
    void smallCellsOfADeclaredBreakdownAreSuppressed() throws IOException, SQLException {
        String sex = Files.readString(out.resolve("us-county-report/2021/tables/breakdown-sex.csv"));
        String otherLine = sex.lines().filter(l -> l.startsWith("Other,")).findFirst().orElseThrow();
        assertThat(otherLine.split(",", -1)[1]).as(otherLine).isEmpty(); // withheld: no value, c among its flags
        assertThat(otherLine.split(",", -1)[2]).as(otherLine).contains("c");
        // secondary suppression: the total and the other cells must not give the small one away
        long withheld = sex.lines().skip(1).filter(l -> l.split(",", -1)[2].contains("c")).count();
        assertThat(withheld).isGreaterThanOrEqualTo(2);
        Map<String, List<Long>> parquet = query("""
                SELECT breakdown_value, numerator FROM read_parquet('%s', hive_partitioning = true,
                  hive_types = {'period_label': VARCHAR})
                WHERE period_label = '2021' AND period_type = 'year' AND breakdown = 'sex'
                  AND metric_id = 'defendants_disposed' AND contains(flags, 'c')
                """.formatted(parquet("us-county-report")));
        assertThat(parquet).containsKey("OTHER");
        assertThat(parquet.get("OTHER")).containsOnlyNulls();
    }

    private static String parquet(String job) {
        return out.resolve(job + "/metrics") + "/**/*.parquet";
    }

    private static Map<String, List<Long>> query(String sql) throws SQLException {
        return DuckDb.rows(sql);
    }
}
