package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.testing.TestModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the public root holds after two scheduled runs (2019, then 2020, which keeps 2019's partitions as published):
 * no identifier of a person from the input anywhere, and no withheld count that a reader can work out from the public
 * metric table. The attack is written here in SQL over the Parquet, apart from the product's own relations: every
 * total against its breakdown, every rate's numerator and denominator against their difference, and every period
 * against the years that cover it or against a shorter period with the same start or end plus the years between
 * (cumulative 2020 minus cumulative 2019, an era against its years).
 */
class PublicOutputsTest extends SparkTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        // few defendants, so that many breakdown cells are small
        new SyntheticGenerator(new GeneratorSettings(6_000, 23, 2012, 2020, true)).generate(data);
        for (String period : List.of("2019", "2020")) {
            RunOutcome outcome = new JobRun(Path.of(".")).execute(
                    TestRuns.request("annual-report", period, LocalDate.of(2021, 6, 30), data, out, null, false));
            assertThat(outcome.exitCode()).as(period).isZero();
        }
    }

    @Test
    void noIdentifierOfAPersonIsInAnyPublicFile() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String[] dataset : new String[][] {{"defendant_outcomes", "record_id", "case_id", "defendant_ref"},
                {"exclusion_motions", "motion_id", "case_id", "defendant_ref"},
                {"conviction_reviews", "review_id", "original_case_id", "defendant_ref"}}) {
            try (Reader in = Files.newBufferedReader(data.resolve(dataset[0] + ".csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                    for (int c = 1; c < dataset.length; c++) {
                        ids.add(r.get(dataset[c]));
                    }
                }
            }
        }
        ids.removeIf(id -> id.isBlank());
        assertThat(ids).hasSizeGreaterThan(6_000);
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(out)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files++;
                for (String token : text(f).split("[^A-Za-z0-9-]+")) {
                    if (ids.contains(token)) {
                        found.add(out.relativize(f) + ": " + token);
                    }
                }
            }
        }
        assertThat(files).as("public files scanned").isGreaterThan(20);
        assertThat(found).as("identifiers in public outputs").isEmpty();
    }

    @Test
    void theRunJournalAndLogsInThePublicRootShowTheHeadlineAsThePublicSeesIt() throws Exception {
        String restricted = TestRuns.restricted(out).resolve("annual-report/metrics") + "/**/*.parquet";
        String published = out.resolve("annual-report/metrics") + "/**/*.parquet";
        int checked = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            for (String line : Files.readAllLines(out.resolve("annual-report/runs.jsonl"))) {
                com.fasterxml.jackson.databind.JsonNode run = org.judicialmetrics.util.Json.mapper().readTree(line);
                String period = run.get("period").asText();
                try (ResultSet rs = st.executeQuery("select r.numerator, r.denominator, p.numerator from read_parquet('"
                        + restricted + "', hive_partitioning = true) r join read_parquet('" + published
                        + "', hive_partitioning = true) p using (period_type, period_label, breakdown, breakdown_value,"
                        + " metric_id) where period_type = 'year' and period_label = '" + period
                        + "' and breakdown = 'all' and metric_id = 'acquittal_rate'")) {
                    assertThat(rs.next()).isTrue();
                    if (rs.getObject(3) == null) { // withheld in public: the headline must not give it away
                        String truth = "(" + rs.getLong(1) + " of " + rs.getLong(2) + ")";
                        assertThat(run.get("headline").asText()).as("runs.jsonl " + period).doesNotContain(truth);
                        assertThat(Files.readString(out.resolve("annual-report/" + period + "/run.log")))
                                .as("run.log " + period).doesNotContain(truth);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("periods whose acquittal rate is withheld (few defendants: small counts)").isPositive();
    }

    @Test
    void noWithheldCountCanBeWorkedOutFromThePublicMetricTable() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("create view pub as select * from read_parquet('" + out.resolve("annual-report/metrics")
                    + "/**/*.parquet', hive_partitioning = true)");
            st.execute("create view res as select * from read_parquet('" + TestRuns.restricted(out)
                    .resolve("annual-report/metrics") + "/**/*.parquet', hive_partitioning = true)");
            st.execute("create table m (metric_id varchar, kind varchar, num varchar, den varchar)");
            for (MetricDefinition m : TestModel.registry().all()) {
                st.execute("insert into m values ('" + m.id() + "', '" + m.kind() + "', '" + m.numerator().name()
                        + "', " + (m.denominator() == null ? "null" : "'" + m.denominator().name() + "'") + ")");
            }
            st.execute("create table truth as select distinct * from (" + cells("res") + ")");
            assertThat(count(st, "select count(*) from (select distinct period_type, period_label, breakdown, "
                    + "breakdown_value, measure from truth)")).as("one value per count").isEqualTo(
                    count(st, "select count(*) from truth"));
            st.execute("create table known as select distinct period_type, period_label, breakdown, breakdown_value,"
                    + " measure from (" + cells("pub") + ")");
            st.execute("create table c as select t.*, k.measure is null as unknown from truth t left join known k "
                    + "using (period_type, period_label, breakdown, breakdown_value, measure)");

            long cells = count(st, "select count(*) from c");
            long withheld = count(st, "select count(*) from c where unknown");
            assertThat(cells).isGreaterThan(20_000);
            assertThat(withheld).as("withheld counts").isGreaterThan(100);
            assertThat(rows(st, "select * from c where v < 5 and not unknown limit 10"))
                    .as("small counts published").isEmpty();
            assertThat(rows(st, """
                    select a.period_type, a.period_label, a.measure, p.breakdown, a.v
                    from c a join c p on p.period_type = a.period_type and p.period_label = a.period_label
                      and p.measure = a.measure and p.breakdown <> 'all'
                    where a.breakdown = 'all'
                    group by a.period_type, a.period_label, a.measure, p.breakdown, a.v, a.unknown
                    having sum(p.v) = a.v and count(*) filter (where p.unknown) + a.unknown::int = 1
                    limit 10""")).as("a total against its breakdown").isEmpty();
            assertThat(rows(st, """
                    select x.period_type, x.period_label, x.breakdown, x.breakdown_value, x.measure
                    from c x
                    join c d on d.measure = split_part(x.measure, ' minus ', 1)
                    join c n on n.measure = split_part(x.measure, ' minus ', 2)
                    where x.measure like '% minus %'
                      and d.period_type = x.period_type and d.period_label = x.period_label
                      and d.breakdown = x.breakdown and d.breakdown_value = x.breakdown_value
                      and n.period_type = x.period_type and n.period_label = x.period_label
                      and n.breakdown = x.breakdown and n.breakdown_value = x.breakdown_value
                      and x.unknown::int + d.unknown::int + n.unknown::int = 1
                    limit 10""")).as("a rate's numerator, denominator and their difference").isEmpty();
            assertThat(rows(st, """
                    select a.period_type, a.period_label, a.breakdown, a.breakdown_value, a.measure
                    from c a join c y on y.breakdown = a.breakdown and y.breakdown_value = a.breakdown_value
                      and y.measure = a.measure and y.period_type = 'year'
                      and y.period_end >= a.period_start and y.period_start <= a.period_end
                    where a.period_type <> 'year'
                    group by a.period_type, a.period_label, a.breakdown, a.breakdown_value, a.measure, a.v, a.unknown
                    having sum(y.v) = a.v and count(*) filter (where y.unknown) + a.unknown::int = 1
                    limit 10""")).as("a period against the years that cover it").isEmpty();
            assertThat(rows(st, """
                    select a.period_type, a.period_label, b.period_type, b.period_label, a.breakdown,
                      a.breakdown_value, a.measure
                    from c a join c b on b.breakdown = a.breakdown and b.breakdown_value = a.breakdown_value
                      and b.measure = a.measure
                      and (b.period_start = a.period_start and b.period_end < a.period_end
                        or b.period_end = a.period_end and b.period_start > a.period_start)
                    join c y on y.breakdown = a.breakdown and y.breakdown_value = a.breakdown_value
                      and y.measure = a.measure and y.period_type = 'year'
                      and y.period_end >= (case when b.period_start = a.period_start then b.period_end + 1
                                                else a.period_start end)
                      and y.period_start <= (case when b.period_start = a.period_start then a.period_end
                                                  else b.period_start - 1 end)
                    group by a.period_type, a.period_label, b.period_type, b.period_label, a.breakdown,
                      a.breakdown_value, a.measure, a.v, b.v, a.unknown, b.unknown
                    having a.v = b.v + sum(y.v)
                      and count(*) filter (where y.unknown) + a.unknown::int + b.unknown::int = 1
                    limit 10""")).as("a period against a shorter one and the years between").isEmpty();
        }
    }

    /** Every count a table's rows show, keyed by period, breakdown value and measure; a rate's complement too. */
    private static String cells(String table) {
        String key = "period_type, period_label, period_start, period_end, breakdown, breakdown_value";
        String from = " from " + table + " join m using (metric_id) where breakdown <> 'era_change'";
        return "select " + key + ", num as measure, numerator as v" + from + " and numerator is not null"
                + " union all select " + key + ", den, denominator" + from + " and denominator is not null"
                + " union all select " + key + ", den || ' minus ' || num, denominator - numerator" + from
                + " and kind = 'RATE' and numerator is not null and denominator is not null";
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    /** A file's text as a reader sees it: a PDF's extracted text, any other file's bytes. */
    private static String text(Path f) throws IOException {
        if (f.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    }
}
