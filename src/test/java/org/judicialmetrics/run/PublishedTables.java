package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What two output roots publish, read for comparison: metric tables in DuckDB, partition folders, report CSVs. */
final class PublishedTables {

    private PublishedTables() {
    }

    /** SQL for every row of a metric table folder, without the run id (the one column two runs may not share). */
    static String rows(Path metrics) {
        return "select * exclude (run_id) from read_parquet('" + metrics
                + "/**/*.parquet', hive_partitioning = true, hive_types = {'period_label': VARCHAR})";
    }

    /** Up to ten rows of view {@code a} that view {@code b} lacks (as bags: EXCEPT ALL), each in a readable line. */
    static List<String> differences(Statement st, String a, String b) throws SQLException {
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

    static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A job's published metric rows read through its archive (folders or commit file), run ids left out, sorted. */
    static List<String> rowsThroughArchive(org.apache.spark.sql.SparkSession spark, Path jobDir) {
        var partitions = org.judicialmetrics.publish.JobArchive.of(org.judicialmetrics.storage.Location.local(jobDir))
                .partitions();
        return org.judicialmetrics.metrics.MetricTableWriter.readPublished(spark, partitions, partitions.keySet())
                .stream().map(r -> r.toString().replace(r.runId(), "RUN")).sorted().toList();
    }

    /** A metric table's partition folders, e.g. {@code period_type=year/period_label=2016}. */
    static List<String> partitions(Path metrics) throws IOException {
        try (Stream<Path> all = Files.walk(metrics, 2)) {
            return all.filter(p -> metrics.relativize(p).getNameCount() == 2
                            && p.getFileName().toString().startsWith("period_label="))
                    .map(p -> metrics.relativize(p).toString()).sorted().toList();
        }
    }

    /** A published period's CSV tables, by name, with their contents (they hold no run id or time). */
    static Map<String, String> reportTables(Path periodDir) throws IOException {
        Map<String, String> tables = new TreeMap<>();
        try (Stream<Path> all = Files.list(periodDir.resolve("tables"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".csv")).toList()) {
                tables.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(tables).as("tables of " + periodDir).isNotEmpty();
        return tables;
    }
}
