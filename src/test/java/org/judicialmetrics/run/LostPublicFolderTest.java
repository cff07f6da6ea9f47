package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose public folder was lost (deleted, or a web server's copy put back empty) while its restricted root kept
 * the unsuppressed table: its next run publishes the same public metric table, row for row and withheld figure for
 * withheld figure, as a run on two empty roots, and the same report tables. DuckDB compares the Parquet.
 */
class LostPublicFolderTest extends SparkTest {

    @TempDir
    Path dir;

    @Test
    void aRunAfterThePublicFolderWasLostPublishesWhatAFreshRunPublishes() throws Exception {
        spark();
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        TestRuns.smallAnnualRuns(data, out);
        deleteTree(out.resolve("annual-report"));
        assertThat(TestRuns.restricted(out).resolve("annual-report/metrics")).isDirectory();
        TestRuns.smallAnnualRun("2020", data, out);

        Path fresh = dir.resolve("fresh");
        TestRuns.smallAnnualRun("2020", data, fresh);

        assertThat(partitions(out)).as("partitions of the public metric table").hasSizeGreaterThan(10)
                .isEqualTo(partitions(fresh));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("create view lost as " + publicRows(out));
            st.execute("create view fresh as " + publicRows(fresh));
            long rows = count(st, "select count(*) from fresh");
            assertThat(rows).as("rows of a fresh run").isGreaterThan(10_000);
            assertThat(count(st, "select count(*) from lost")).isEqualTo(rows);
            long withheld = count(st, "select count(*) from fresh where flags like '%c%'");
            assertThat(withheld).as("withheld rows of a fresh run (small cells)").isPositive().isLessThan(rows);
            assertThat(count(st, "select count(*) from fresh where breakdown = 'all' and period_type = 'year'"
                    + " and value is not null")).as("national yearly figures shown").isGreaterThan(50);
            assertThat(count(st, "select count(*) from lost where flags like '%c%'")).as("withheld rows")
                    .isEqualTo(withheld);
            assertThat(differences(st, "lost", "fresh")).as("rows only after the lost folder").isEmpty();
            assertThat(differences(st, "fresh", "lost")).as("rows only in a fresh run").isEmpty();
        }
        assertThat(tables(out)).as("the report's tables").isEqualTo(tables(fresh));
    }

    /** Every public metric row of the job, without the run id (the one column two runs may not share). */
    private static String publicRows(Path out) {
        return "select * exclude (run_id) from read_parquet('" + out.resolve("annual-report/metrics")
                + "/**/*.parquet', hive_partitioning = true, hive_types = {'period_label': VARCHAR})";
    }

    private static List<String> differences(Statement st, String a, String b) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select period_type, period_label, breakdown, breakdown_value, metric_id,"
                + " flags from (select * from " + a + " except all select * from " + b + ") limit 10")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "=" + rs.getString(4)
                        + " " + rs.getString(5) + " [" + rs.getString(6) + "]");
            }
        }
        return rows;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The metric table's partition folders, e.g. {@code period_type=year/period_label=2016}. */
    private static List<String> partitions(Path out) throws IOException {
        Path metrics = out.resolve("annual-report/metrics");
        try (Stream<Path> all = Files.walk(metrics, 2)) {
            return all.filter(p -> metrics.relativize(p).getNameCount() == 2
                            && p.getFileName().toString().startsWith("period_label="))
                    .map(p -> metrics.relativize(p).toString()).sorted().toList();
        }
    }

    /** The 2020 report's CSV tables, by name, with their contents. */
    private static Map<String, String> tables(Path out) throws IOException {
        Map<String, String> tables = new TreeMap<>();
        try (Stream<Path> all = Files.list(out.resolve("annual-report/2020/tables"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".csv")).toList()) {
                tables.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
