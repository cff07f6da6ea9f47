package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
            long rows = PublishedTables.count(st, "select count(*) from fresh");
            assertThat(rows).as("rows of a fresh run").isGreaterThan(10_000);
            assertThat(PublishedTables.count(st, "select count(*) from lost")).isEqualTo(rows);
            long withheld = PublishedTables.count(st, "select count(*) from fresh where flags like '%c%'");
            assertThat(withheld).as("withheld rows of a fresh run (small cells)").isPositive().isLessThan(rows);
            assertThat(PublishedTables.count(st, "select count(*) from fresh where breakdown = 'all' and period_type = 'year'"
                    + " and value is not null")).as("national yearly figures shown").isGreaterThan(50);
            assertThat(PublishedTables.count(st, "select count(*) from lost where flags like '%c%'")).as("withheld rows")
                    .isEqualTo(withheld);
            assertThat(PublishedTables.differences(st, "lost", "fresh")).as("rows only after the lost folder").isEmpty();
            assertThat(PublishedTables.differences(st, "fresh", "lost")).as("rows only in a fresh run").isEmpty();
        }
        assertThat(tables(out)).as("the report's tables").isEqualTo(tables(fresh));
    }

    private static String publicRows(Path out) {
        return PublishedTables.rows(out.resolve("annual-report/metrics"));
    }

    private static List<String> partitions(Path out) throws IOException {
        return PublishedTables.partitions(out.resolve("annual-report/metrics"));
    }

    private static Map<String, String> tables(Path out) throws IOException {
        return PublishedTables.reportTables(out.resolve("annual-report/2020"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
