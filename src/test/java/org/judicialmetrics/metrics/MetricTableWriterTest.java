package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet contract: partitions replaced exactly on re-runs, and read back by DuckDB as a dashboard would. */
class MetricTableWriterTest extends SparkTest {

    private static final JobSpec SPEC = new JobSpec("judicial", null, PeriodType.YEAR, null, null, null, null, null,
            null, null, null, null);
    private static final Period RUN = Period.year(2018);
    private static final LocalDate AS_OF = LocalDate.of(2019, 4, 10);
    private static MetricTable table;

    @BeforeAll
    static void compute() {
        table = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-1", AS_OF);
    }

    @Test
    void defaultRunWritesTheRunPeriodAndTheEras() {
        assertThat(table.partitionsToWrite(RUN, false)).containsExactlyInAnyOrder(
                new MetricPartition("year", "2018"), new MetricPartition("cumulative", "2018"),
                new MetricPartition("era", "pre-2013"), new MetricPartition("era", "cpl-2012"),
                new MetricPartition("era", "exclusion-rules-2017"));
        assertThat(table.partitionsToWrite(RUN, true)).hasSize(8 + 7 + 3);
    }

    @Test
    void rerunReplacesExactlyItsPartitions(@TempDir Path out) throws IOException {
        Path metrics = out.resolve("judicial/metrics");
        MetricTableWriter.write(spark(), table, org.judicialmetrics.storage.Location.local(metrics), table.partitionsToWrite(RUN, true));
        Map<Path, String> before = checksums(metrics);

        MetricTable rerun = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-2",
                AS_OF);
        Set<MetricPartition> replaced = rerun.partitionsToWrite(RUN, false);
        MetricTableWriter.write(spark(), rerun, org.judicialmetrics.storage.Location.local(metrics), replaced);
        Map<Path, String> after = checksums(metrics);

        Map<Path, String> untouchedBefore = outside(before, replaced);
        assertThat(untouchedBefore).hasSize(8 + 7 + 3 - replaced.size());
        assertThat(outside(after, replaced)).isEqualTo(untouchedBefore);
        for (MetricPartition p : replaced) {
            Path dir = partitionDir(metrics, p);
            assertThat(parquetFiles(dir)).hasSize(1);
            assertThat(runIds(dir)).containsExactly("run-2");
        }
        assertThat(runIds(partitionDir(metrics, new MetricPartition("year", "2017")))).containsExactly("run-1");
    }

    @Test
    void duckDbReadsTheTableWithItsTypes(@TempDir Path out) throws SQLException {
        Path metrics = out.resolve("judicial/metrics");
        MetricTableWriter.write(spark(), table, org.judicialmetrics.storage.Location.local(metrics), table.partitionsToWrite(RUN, true));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String source = "read_parquet('" + metrics + "/**/*.parquet', hive_partitioning=true)";
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (r.next()) {
                    types.put(r.getString("column_name"), r.getString("column_type"));
                }
            }
            assertThat(types).containsOnlyKeys(MetricTableWriter.SCHEMA.fieldNames());
            assertThat(types).containsEntry("period_type", "VARCHAR").containsEntry("period_label", "VARCHAR")
                    .containsEntry("period_start", "DATE").containsEntry("period_end", "DATE")
                    .containsEntry("numerator", "BIGINT").containsEntry("denominator", "BIGINT")
                    .containsEntry("value", "DOUBLE").containsEntry("ci_low", "DOUBLE")
                    .containsEntry("flags", "VARCHAR").containsEntry("definition_version", "VARCHAR");

            try (ResultSet r = s.executeQuery("SELECT numerator, denominator, value, flags, period_start, status FROM "
                    + source + " WHERE period_type = 'year' AND period_label = '2018' AND breakdown = 'all' "
                    + "AND metric_id = 'acquittal_rate'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(1);
                assertThat(r.getLong(2)).isEqualTo(2);
                assertThat(r.getDouble(3)).isEqualTo(0.5);
                assertThat(r.getString(4)).isEqualTo("u");
                assertThat(r.getObject(5, LocalDate.class)).isEqualTo(LocalDate.of(2018, 1, 1));
                assertThat(r.getString(6)).isEqualTo("final");
                assertThat(r.next()).isFalse();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + source + " WHERE metric_id = 'acquittal_rate'"
                    + " AND breakdown = 'all' AND value IS NULL AND flags = 'z'")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(3); // 2014, 2015 and 2016 have no outcome
            }
            assertThat(rowOrderOfOneFile(s, metrics)).isSorted();
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + source)) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(table.rows().size());
            }
        }
    }

    private static List<String> rowOrderOfOneFile(Statement s, Path metrics) throws SQLException {
        List<String> keys = new ArrayList<>();
        Path file = parquetFiles(partitionDir(metrics, new MetricPartition("year", "2018"))).get(0);
        try (ResultSet r = s.executeQuery("SELECT breakdown, breakdown_value, metric_id FROM read_parquet('"
                + file + "')")) {
            while (r.next()) {
                keys.add(r.getString(1) + "\u0000" + r.getString(2) + "\u0000" + r.getString(3));
            }
        }
        return keys;
    }

    private static List<String> runIds(Path partition) {
        return spark().read().parquet(partition.toString()).select("run_id").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList();
    }

    private static Path partitionDir(Path metrics, MetricPartition p) {
        return metrics.resolve("period_type=" + p.periodType()).resolve("period_label=" + p.periodLabel());
    }

    private static Map<Path, String> outside(Map<Path, String> files, Set<MetricPartition> partitions) {
        Map<Path, String> kept = new LinkedHashMap<>(files);
        kept.keySet().removeIf(f -> partitions.stream().anyMatch(p -> f.startsWith(
                Path.of("period_type=" + p.periodType(), "period_label=" + p.periodLabel()))));
        return kept;
    }

    private static List<Path> parquetFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of every Parquet file, by path relative to the table's folder. */
    private static Map<Path, String> checksums(Path root) throws IOException {
        Map<Path, String> sums = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                sums.put(root.relativize(f), sha256(Files.readAllBytes(f)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
