package org.judicialmetrics.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares two Parquet metric tables ({@code <out>/<job>/metrics/}) with DuckDB, an independent reader, as bags of
 * rows with every column but {@code run_id} (the Hive partition columns {@code period_type} and {@code period_label}
 * included). Used by {@code .ci/submit-smoke} to show a spark-submitted run wrote what a local run wrote.
 *
 * <p>Usage: {@code SameMetricTables LEFT_DIR RIGHT_DIR}. Prints one line with the row counts, the distinct run ids on
 * each side and the rows found on one side only (counted with multiplicity, both ways). Exit code 0 when the tables
 * are equal and neither is empty, 1 when they differ or one is empty (no Parquet file or no row), 2 when they cannot
 * be read or their columns differ.
 */
public final class SameMetricTables {
    private SameMetricTables() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SameMetricTables LEFT_METRICS_DIR RIGHT_METRICS_DIR");
            System.exit(2);
        }
        int code;
        try {
            code = compare(Path.of(args[0]), Path.of(args[1]));
        } catch (SQLException e) {
            System.err.println("error: DuckDB could not compare the metric tables: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int compare(Path left, Path right) throws SQLException, IOException {
        for (Path p : List.of(left, right)) {
            if (!Files.isDirectory(p)) {
                System.err.println("error: no metric table at " + p);
                return 2;
            }
            try (Stream<Path> files = Files.walk(p)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                    System.out.println("metric table: " + p + " holds no Parquet file (0 rows): DIFFERENT");
                    return 1;
                }
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("CREATE VIEW l AS SELECT * FROM " + source(left));
            st.execute("CREATE VIEW r AS SELECT * FROM " + source(right));
            List<String> lc = columns(st, "l");
            List<String> rc = columns(st, "r");
            if (!lc.equals(rc) || !lc.contains("run_id")) {
                System.err.println("error: the metric tables' columns differ or lack run_id:\n  " + left + ": " + lc
                        + "\n  " + right + ": " + rc);
                return 2;
            }
            long lRows = count(st, "SELECT count(*) FROM l");
            long rRows = count(st, "SELECT count(*) FROM r");
            long lRuns = count(st, "SELECT count(DISTINCT run_id) FROM l");
            long rRuns = count(st, "SELECT count(DISTINCT run_id) FROM r");
            long onlyLeft = count(st, "SELECT count(*) FROM (SELECT * EXCLUDE (run_id) FROM l EXCEPT ALL "
                    + "SELECT * EXCLUDE (run_id) FROM r)");
            long onlyRight = count(st, "SELECT count(*) FROM (SELECT * EXCLUDE (run_id) FROM r EXCEPT ALL "
                    + "SELECT * EXCLUDE (run_id) FROM l)");
            boolean same = lRows > 0 && rRows > 0 && onlyLeft == 0 && onlyRight == 0;
            System.out.printf(Locale.ROOT, "metric table (DuckDB, %d columns but run_id): %s %,d rows (%d run id%s),"
                            + " %s %,d rows (%d run id%s); %,d rows only in the first, %,d only in the second: %s%n",
                    lc.size() - 1, name(left), lRows, lRuns, lRuns == 1 ? "" : "s", name(right), rRows, rRuns,
                    rRuns == 1 ? "" : "s", onlyLeft, onlyRight, same ? "SAME" : "DIFFERENT");
            if (!same) {
                examples(st, "l", "r", name(left));
                examples(st, "r", "l", name(right));
            }
            return same ? 0 : 1;
        }
    }

    private static String source(Path dir) {
        String glob = dir.toAbsolutePath().normalize().resolve("**").resolve("*.parquet").toString().replace("'", "''");
        return "read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true,"
                + " hive_types = {'period_type': VARCHAR, 'period_label': VARCHAR})";
    }

    private static List<String> columns(Statement st, String view) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name FROM (DESCRIBE " + view + ") ORDER BY column_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A few of the rows found only on one side, to start looking from. */
    private static void examples(Statement st, String a, String b, String label) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT * EXCLUDE (run_id) FROM " + a + " EXCEPT ALL SELECT * EXCLUDE"
                + " (run_id) FROM " + b + " LIMIT 3")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder("  only in " + label + ":");
                for (int i = 1; i <= n; i++) {
                    row.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getObject(i));
                }
                System.out.println(row);
            }
        }
    }

    private static String name(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        // <out>/<job>/metrics: name the side by its output root's folder (local, submitted)
        return p.getNameCount() >= 3 ? p.getName(p.getNameCount() - 3).toString() : p.toString();
    }
}
