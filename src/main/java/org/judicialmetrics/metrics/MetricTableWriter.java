package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Publishes the metric table as Parquet under {@code <out>/<job>/metrics/}, Hive-partitioned by {@code period_type}
 * and {@code period_label} (spec section 5), replacing exactly the partitions asked for: dynamic partition overwrite
 * leaves every other partition's files untouched, so re-running or backfilling a period is safe.
 *
 * <p>One file per partition, rows sorted by breakdown, breakdown value and metric id. One Spark action (the write).
 * Partition values are directory names: a reader that infers their types (DuckDB's {@code hive_types_autocast},
 * Spark's partition type inference) sees a string as long as a folder holds labels that are not all numbers, as the
 * era labels are; dashboards reading one period type alone should read them as strings (DuckDB
 * {@code hive_types={'period_label': VARCHAR}}).
 */
public final class MetricTableWriter {
    private MetricTableWriter() {
    }

    /** The Parquet schema: the columns of spec section 5 in order, partition columns included (as strings). */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("job_id", DataTypes.StringType, false),
        DataTypes.createStructField("run_id", DataTypes.StringType, false),
        DataTypes.createStructField("period_type", DataTypes.StringType, false),
        DataTypes.createStructField("period_label", DataTypes.StringType, false),
        DataTypes.createStructField("period_start", DataTypes.DateType, false),
        DataTypes.createStructField("period_end", DataTypes.DateType, false),
        DataTypes.createStructField("breakdown", DataTypes.StringType, false),
        DataTypes.createStructField("breakdown_value", DataTypes.StringType, false),
        DataTypes.createStructField("metric_id", DataTypes.StringType, false),
        DataTypes.createStructField("numerator", DataTypes.LongType, true),
        DataTypes.createStructField("denominator", DataTypes.LongType, true),
        DataTypes.createStructField("value", DataTypes.DoubleType, true),
        DataTypes.createStructField("ci_low", DataTypes.DoubleType, true),
        DataTypes.createStructField("ci_high", DataTypes.DoubleType, true),
        DataTypes.createStructField("flags", DataTypes.StringType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("definition_version", DataTypes.StringType, false)});

    /** Writes the table's rows of the given partitions to {@code metricsDir}, replacing those partitions only. */
    public static void write(SparkSession spark, MetricTable table, Path metricsDir, Set<MetricPartition> partitions) {
        List<Row> rows = table.rows().stream()
                .filter(r -> partitions.contains(MetricPartition.of(r)))
                .map(MetricTableWriter::toRow)
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        spark.createDataFrame(rows, SCHEMA)
                .repartition(col("period_type"), col("period_label"))
                .sortWithinPartitions("period_type", "period_label", "breakdown", "breakdown_value", "metric_id")
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy("period_type", "period_label")
                .parquet(metricsDir.toAbsolutePath().toString());
    }

    /**
     * The rows the table holds now in the given partitions (none where a partition was never published): what a run
     * is about to replace, to mark revisions. One Spark action; the partitions of one run are a small table.
     */
    public static List<MetricRow> readPublished(SparkSession spark, Path metricsDir, Set<MetricPartition> partitions) {
        List<String> dirs = partitions.stream()
                .map(p -> metricsDir.resolve(p.path()))
                .filter(java.nio.file.Files::isDirectory)
                .map(d -> d.toAbsolutePath().toString())
                .sorted()
                .toList();
        if (dirs.isEmpty()) {
            return List.of();
        }
        // the schema names the partition columns as strings, so Spark does not read "2019" as a number
        return spark.read().schema(SCHEMA).option("basePath", metricsDir.toAbsolutePath().toString())
                .parquet(dirs.toArray(String[]::new))
                .select(java.util.Arrays.stream(SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList().stream()
                .map(MetricTableWriter::fromRow)
                .toList();
    }

    /** The labels of the published partitions of one period type (e.g. every year published), from the folder names. */
    public static List<String> publishedLabels(Path metricsDir, String periodType) {
        Path dir = metricsDir.resolve("period_type=" + periodType);
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (var entries = java.nio.file.Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("period_label="))
                    .map(n -> n.substring("period_label=".length())).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MetricRow fromRow(Row r) {
        return new MetricRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getDate(4).toLocalDate(), r.getDate(5).toLocalDate(), r.getString(6), r.getString(7), r.getString(8),
                r.isNullAt(9) ? null : r.getLong(9), r.isNullAt(10) ? null : r.getLong(10),
                r.isNullAt(11) ? null : r.getDouble(11), r.isNullAt(12) ? null : r.getDouble(12),
                r.isNullAt(13) ? null : r.getDouble(13), r.getString(14), r.getString(15), r.getString(16));
    }

    private static Row toRow(MetricRow r) {
        return RowFactory.create(r.jobId(), r.runId(), r.periodType(), r.periodLabel(),
                java.sql.Date.valueOf(r.periodStart()), java.sql.Date.valueOf(r.periodEnd()), r.breakdown(),
                r.breakdownValue(), r.metricId(), r.numerator(), r.denominator(), r.value(), r.ciLow(), r.ciHigh(),
                r.flags(), r.status(), r.definitionVersion());
    }
}
