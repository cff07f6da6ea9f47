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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
        TestRuns.smallAnnualRuns(data, out);
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
            metricTables(st);
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

    /**
     * A sum or a median made of fewer than 5 people's rows is one of them (a compensation, years in custody): the
     * public table shows none, counted here from the input CSV itself, and no withheld one follows from a year and
     * the cumulative totals either side of it.
     */
    @Test
    void noSumOrMedianOfFewerThanFiveRowsIsPublishedNorCanBeWorkedOut() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            metricTables(st);
            // the rows each figure of a year is made of, counted from the input: overturned convictions with a value
            st.execute("create table made as select year(cast(review_concluded_date as date))::varchar as y,"
                    + " count(compensation_amount) as compensation, count(years_in_custody) as custody,"
                    + " count(*) as overturned from read_csv_auto('" + data.resolve("conviction_reviews.csv")
                    + "', all_varchar = true) where result in ('OVERTURNED_ACQUITTED', 'OVERTURNED_MODIFIED')"
                    + " group by 1");
            String yearly = """
                    select p.metric_id, p.period_label, p.value, case p.metric_id
                      when 'compensation_total' then m.compensation when 'years_in_custody_total' then m.custody
                      else m.overturned end as n
                    from pub p join made m on m.y = p.period_label
                    where p.period_type = 'year' and p.breakdown = 'all'
                      and p.metric_id in ('compensation_total', 'years_in_custody_total', 'median_years_to_correction')
                    """;
            assertThat(count(st, "select count(*) from (" + yearly + ") where n between 1 and 4"))
                    .as("years whose sums are made of 1 to 4 rows (else this test shows nothing)").isPositive();
            assertThat(rows(st, "select * from (" + yearly + ") where n < 5 and value is not null"))
                    .as("sums and medians of fewer than 5 rows published").isEmpty();
            assertThat(count(st, "select count(*) from (" + yearly + ") where n >= 5 and value is not null"))
                    .as("sums of 5 rows or more are published").isPositive();
            // a year of a sum = cumulative(P) - cumulative(P-1): never exactly one of the three withheld
            assertThat(rows(st, """
                    select y.metric_id, y.period_label
                    from pub y
                    join pub a on a.metric_id = y.metric_id and a.breakdown = y.breakdown
                      and a.breakdown_value = y.breakdown_value and a.period_type = 'cumulative'
                      and a.period_end = y.period_end
                    join pub b on b.metric_id = y.metric_id and b.breakdown = y.breakdown
                      and b.breakdown_value = y.breakdown_value and b.period_type = 'cumulative'
                      and b.period_end = y.period_start - 1
                    join res r on r.metric_id = y.metric_id and r.breakdown = y.breakdown
                      and r.breakdown_value = y.breakdown_value and r.period_type = 'year'
                      and r.period_label = y.period_label
                    where y.period_type = 'year' and y.metric_id in ('compensation_total', 'years_in_custody_total')
                      and r.value is not null
                      and (y.value is null)::int + (a.value is null)::int + (b.value is null)::int = 1
                    """)).as("a withheld sum from the cumulative totals").isEmpty();
        }
    }

    /**
     * The attack again, on the report's own tables as an analyst downloads them: within a table (a total row against
     * its breakdown rows, a rate against its events and denominator, a change against its two sides, a year against
     * the cumulative totals, our count against a published one and their difference) and against the public metric
     * table (a count the Parquet withholds is withheld in the report's trend tables too).
     */
    @Test
    void noWithheldFigureCanBeWorkedOutFromTheReportTables() throws Exception {
        Path tables = out.resolve("annual-report/2020/tables");
        List<String> leaks = new ArrayList<>();
        int withheldSeen = 0;
        try (Stream<Path> files = Files.list(tables)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                CsvTable t = CsvTable.read(f);
                String name = f.getFileName().toString();
                withheldSeen += t.withheldCells();
                if (name.startsWith("breakdown-")) {
                    t.figureColumns().stream().filter(c -> !c.contains("%") && !c.contains("CI"))
                            .forEach(c -> leaks.addAll(t.totalAgainstParts(c)));
                }
                if (name.startsWith("trend-")) {
                    leaks.addAll(t.exactlyOneUnknown(t.column("Events"), t.column("Denominator"), t.figureColumns().get(0)));
                }
                if (name.equals("era-comparison.csv")) {
                    leaks.addAll(t.exactlyOneUnknown(t.column("Earlier era"), t.column("Later era"), t.column("Difference")));
                }
                if (name.equals("headline.csv")) {
                    List<String> figures = t.figureColumns();
                    leaks.addAll(t.exactlyOneUnknown(figures.get(0), figures.get(1), t.column("Change")));
                }
                if (name.equals("reconciliation.csv")) {
                    leaks.addAll(t.exactlyOneUnknown(t.column("This data"), t.column("Published"), t.column("Difference")));
                    leaks.addAll(t.exactlyOneUnknown(t.column("This data"), t.column("Published"),
                            t.column("This data as %")));
                }
                if (name.equals("overturned-convictions.csv")) {
                    leaks.addAll(t.yearAgainstCumulative(t.figureColumns().get(0), t.figureColumns().get(1)));
                }
            }
        }
        assertThat(withheldSeen).as("withheld cells in the report's tables").isGreaterThan(50);
        assertThat(leaks).as("withheld figures a reader can work out from the report's tables").isEmpty();

        // the Parquet's withheld national yearly counts are withheld in the report's trend tables
        CsvTable trend = CsvTable.read(tables.resolve("trend-acquittal_rate.csv"));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select period_label, flags from read_parquet('"
                        + out.resolve("annual-report/metrics") + "/**/*.parquet', hive_partitioning = true) "
                        + "where metric_id = 'acquittal_rate' and period_type = 'year' and breakdown = 'all' "
                        + "and numerator is null and flags like '%c%'")) {
            int checked = 0;
            while (rs.next()) {
                Optional<Map<String, String>> row = trend.row(rs.getString(1));
                if (row.isPresent()) {
                    checked++;
                    assertThat(trend.known(row.get(), trend.column("Events"))).as(rs.getString(1)).isEmpty();
                }
            }
            assertThat(checked).as("years withheld in the Parquet and shown in the trend table").isPositive();
        }
    }

    /** A report CSV as an analyst reads it: a figure is known when it is a number and its flags do not say c. */
    private record CsvTable(String file, List<String> headers, List<Map<String, String>> rows) {

        static CsvTable read(Path f) throws IOException {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
                List<Map<String, String>> rows = new ArrayList<>();
                parser.forEach(r -> rows.add(r.toMap()));
                return new CsvTable(f.getFileName().toString(), parser.getHeaderNames(), rows);
            }
        }

        /** The first column whose header starts with the prefix (not a flags column). */
        String column(String prefix) {
            return headers.stream().filter(h -> h.startsWith(prefix) && !h.endsWith(" flags")).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": no column " + prefix + " in " + headers));
        }

        /** The columns that have a flags column, in order. */
        List<String> figureColumns() {
            return headers.stream().filter(h -> headers.contains(h + " flags")).toList();
        }

        boolean withheld(Map<String, String> row, String column) {
            return row.get(column).contains("[c]") || row.getOrDefault(column + " flags", "").contains("c");
        }

        Optional<Double> known(Map<String, String> row, String column) {
            if (withheld(row, column)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Double.parseDouble(row.get(column).replace(",", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        int withheldCells() {
            int n = 0;
            for (Map<String, String> row : rows) {
                for (String h : figureColumns()) {
                    n += withheld(row, h) ? 1 : 0;
                }
            }
            return n;
        }

        Optional<Map<String, String>> row(String label) {
            return rows.stream().filter(r -> r.get(headers.get(0)).equals(label)).findFirst();
        }

        /** Rows where two of three related figures are known and the third is withheld. */
        List<String> exactlyOneUnknown(String a, String b, String c) {
            List<String> out = new ArrayList<>();
            for (Map<String, String> row : rows) {
                int known = (known(row, a).isPresent() ? 1 : 0) + (known(row, b).isPresent() ? 1 : 0)
                        + (known(row, c).isPresent() ? 1 : 0);
                int withheld = (withheld(row, a) ? 1 : 0) + (withheld(row, b) ? 1 : 0) + (withheld(row, c) ? 1 : 0);
                if (known == 2 && withheld == 1) {
                    out.add(file + " " + row.get(headers.get(0)) + " " + row.get(headers.get(1)) + ": " + a + ", "
                            + b + ", " + c);
                }
            }
            return out;
        }

        /** A column whose All row is known and exactly one other row withheld. */
        List<String> totalAgainstParts(String column) {
            Optional<Map<String, String>> all = row("All");
            if (all.isEmpty()) {
                throw new AssertionError(file + ": no All row");
            }
            long unknown = rows.stream().filter(r -> withheld(r, column)).count();
            return unknown == 1 && all.flatMap(r -> known(r, column)).isPresent()
                    ? List.of(file + " " + column + ": one row withheld beside a published total")
                    : List.of();
        }

        /** A year withheld whose cumulative total and the year before's are both known. */
        List<String> yearAgainstCumulative(String year, String cumulative) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                boolean before = i == 0 || known(rows.get(i - 1), cumulative).isPresent();
                if (withheld(rows.get(i), year) && known(rows.get(i), cumulative).isPresent() && before) {
                    out.add(file + " " + rows.get(i).get(headers.get(0)));
                }
            }
            return out;
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

    /** The public metric table as {@code pub} and the restricted (unsuppressed) one as {@code res}. */
    private static void metricTables(Statement st) throws SQLException {
        st.execute("create view pub as select * from read_parquet('" + out.resolve("annual-report/metrics")
                + "/**/*.parquet', hive_partitioning = true)");
        st.execute("create view res as select * from read_parquet('" + TestRuns.restricted(out)
                .resolve("annual-report/metrics") + "/**/*.parquet', hive_partitioning = true)");
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
