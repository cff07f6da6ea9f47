package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import org.judicialmetrics.storage.Location;
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
    public static void write(SparkSession spark, MetricTable table, Location metricsDir, Set<MetricPartition> partitions) {
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
                .parquet(metricsDir.uri());
    }

    /**
     * The rows the table holds now in the given partitions (none where a partition was never published): what a run
     * is about to replace, to mark revisions. One Spark action; the partitions of one run are a small table.
     *
     * @param published the published partitions with their folders (on an object store, in several releases)
     */
    public static List<MetricRow> readPublished(SparkSession spark, Map<MetricPartition, Location> published,
                                                Set<MetricPartition> partitions) {
        Map<Location, List<String>> byTable = new java.util.TreeMap<>();
        partitions.stream().filter(published::containsKey).map(published::get).sorted()
                .forEach(dir -> byTable.computeIfAbsent(dir.parent().parent(), t -> new java.util.ArrayList<>())
                        .add(dir.uri()));
        org.apache.spark.sql.Dataset<Row> all = null;
        for (Map.Entry<Location, List<String>> t : byTable.entrySet()) {
            // the schema names the partition columns as strings, so Spark does not read "2019" as a number
            org.apache.spark.sql.Dataset<Row> part = spark.read().schema(SCHEMA).option("basePath", t.getKey().uri())
                    .parquet(t.getValue().toArray(String[]::new))
                    .select(java.util.Arrays.stream(SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
                            .toArray(org.apache.spark.sql.Column[]::new));
            all = all == null ? part : all.unionByName(part);
        }
        if (all == null) {
            return List.of();
        }
        return all.collectAsList().stream().map(MetricTableWriter::fromRow).toList();
    }

    /** The labels of the published partitions of one period type (e.g. every year published). */
    public static List<String> publishedLabels(Map<MetricPartition, Location> published, String periodType) {
        return published.keySet().stream().filter(p -> p.periodType().equals(periodType))
                .map(MetricPartition::periodLabel).sorted().toList();
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
