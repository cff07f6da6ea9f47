package org.judicialmetrics.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.report.Labels;
import org.judicialmetrics.storage.Location;

/**
 * The job's metric registry as a table a dashboard joins to the metric table ({@code <job>/definitions/}, Parquet):
 * one row per metric, sorted by {@code metric_id}, with its English and Chinese labels, unit, kind and definition.
 */
public final class MetricDictionary {

    /** The Parquet schema, in column order. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("metric_id", DataTypes.StringType, false),
        DataTypes.createStructField("label_en", DataTypes.StringType, false),
        DataTypes.createStructField("label_zh", DataTypes.StringType, true),
        DataTypes.createStructField("unit", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("definition", DataTypes.StringType, false),
        DataTypes.createStructField("definition_version", DataTypes.StringType, false)});

    private MetricDictionary() {
    }

    /**
     * One metric as the dictionary lists it.
     *
     * @param labelEn the registry's label, or the id in words when it gives none
     * @param labelZh the official Chinese term; null when the configuration gives none
     * @param kind    {@code count}, {@code rate}, {@code ratio}, {@code sum} or {@code median}
     */
    public record Entry(String metricId, String labelEn, String labelZh, String unit, String kind, String definition,
                        String definitionVersion) {
    }

    /** The registry's metrics, sorted by id. */
    public static List<Entry> of(MetricRegistry registry) {
        return registry.all().stream().sorted(Comparator.comparing(MetricDefinition::id))
                .map(MetricDictionary::entry).toList();
    }

    /** Writes the dictionary of the registry to {@code dir} as one Parquet file, replacing what is there. */
    public static void write(SparkSession spark, MetricRegistry registry, Location dir) {
        List<Row> rows = of(registry).stream().map(e -> RowFactory.create(e.metricId(), e.labelEn(), e.labelZh(),
                e.unit(), e.kind(), e.definition(), e.definitionVersion())).toList();
        spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.uri());
    }

    private static Entry entry(MetricDefinition m) {
        return new Entry(m.id(), m.label() != null ? m.label() : Labels.humanize(m.id()),
                m.labelZh() == null || m.labelZh().isBlank() ? null : m.labelZh(), m.unit(),
                m.kind().name().toLowerCase(Locale.ROOT), m.definition(), m.definitionVersion());
    }
}
