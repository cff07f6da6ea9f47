package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period re-run after its data changed marks exactly the figures that changed {@code r} (revised) in the Parquet
 * table, keeps the mark on later re-runs, and leaves the other periods' partitions as they were.
 */
class RevisionRunTest extends SparkTest {

    @TempDir
    Path dir;

    @Test
    void aRerunAfterCorrectedDataMarksTheChangedFiguresRevised() throws Exception {
        spark();
        Path data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(6_000, 5, 2018, 2020, false)).generate(data);
        Path spec = Files.writeString(dir.resolve("revisions.json"), """
                {"id": "revisions", "granularity": "year", "quality_gate": {"max_quarantined_share": 0.5}}""");
        Path out = dir.resolve("out");
        JobRun job = new JobRun(Path.of("."));
        LocalDate asOf = LocalDate.of(2021, 6, 30);
        assertThat(job.execute(TestRuns.request(spec.toString(), "2020", asOf, data, out, null, false)).exitCode())
                .isEqualTo(ExitCode.PUBLISHED);
        assertThat(revised(out, "year", "2019")).as("first publication").isZero();

        dropConvictionsOf(data.resolve("defendant_outcomes.csv"), "2019", 20);
        RunOutcome rerun = job.execute(TestRuns.request(spec.toString(), "2019", asOf, data, out, null, false));

        assertThat(rerun.exitCode()).isEqualTo(ExitCode.PUBLISHED);
        assertThat(revised(out, "year", "2019")).isPositive();
        assertThat(flags(out, "year", "2019", "defendants_adjudicated")).contains("r");
        assertThat(flags(out, "year", "2019", "acquittal_rate")).as("its denominator changed").contains("r");
        assertThat(flags(out, "year", "2019", "acquittals")).as("acquittals did not change").doesNotContain("r");
        assertThat(flags(out, "year", "2019", "convictions_reviewed")).as("reviews did not change")
                .doesNotContain("r");
        assertThat(flags(out, "cumulative", "2019", "defendants_adjudicated")).contains("r");
        assertThat(revised(out, "year", "2020")).as("not re-run").isZero();
        assertThat(rerun.summary()).anyMatch(l -> l.contains("rows revised since first published [r]"));
        assertThat(eraEnds(out)).as("eras stay as the later run published them").containsOnly("2020-12-31");

        job.execute(TestRuns.request(spec.toString(), "2019", asOf, data, out, null, false));
        assertThat(flags(out, "year", "2019", "defendants_adjudicated")).as("revised since first published")
                .contains("r");
    }

    /** Removes the first {@code n} convictions concluded in the year: a late correction of the data. */
    private static void dropConvictionsOf(Path csv, String year, int n) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int date = header.indexOf("concluded_date");
        int outcome = header.indexOf("outcome");
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        int dropped = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            boolean drop = dropped < n && f.length == header.size() && f[date].startsWith(year)
                    && f[outcome].equals("CONVICTED");
            if (drop) {
                dropped++;
            } else {
                kept.add(line);
            }
        }
        assertThat(dropped).isEqualTo(n);
        Files.write(csv, kept);
    }

    private static String parquet(Path out) {
        return "read_parquet('" + out.resolve("revisions/metrics") + "/**/*.parquet', hive_partitioning = true,"
                + " hive_types = {'period_label': VARCHAR})";
    }

    private static java.util.Set<String> eraEnds(Path out) throws Exception {
        java.util.Set<String> ends = new java.util.TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT CAST(period_end AS VARCHAR) FROM " + parquet(out)
                     + " WHERE period_type = 'era' AND period_label = 'exclusion-rules-2017'")) {
            while (rs.next()) {
                ends.add(rs.getString(1));
            }
        }
        return ends;
    }

    private static long revised(Path out, String type, String label) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE contains(flags, 'r')) FROM " + parquet(out)
                     + " WHERE period_type = '" + type + "' AND period_label = '" + label + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String flags(Path out, String type, String label, String metric) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT flags FROM " + parquet(out) + " WHERE period_type = '" + type
                     + "' AND period_label = '" + label + "' AND metric_id = '" + metric
                     + "' AND breakdown = 'all'")) {
            assertThat(rs.next()).as(metric).isTrue();
            return rs.getString(1);
        }
    }
}
