package org.judicialmetrics.metrics;

import org.judicialmetrics.period.Period;

/** One Hive partition of the metric table ({@code period_type=.../period_label=...}): the unit a run replaces. */
public record MetricPartition(String periodType, String periodLabel) {

    public static MetricPartition of(Period period) {
        return new MetricPartition(period.type().label(), period.label());
    }

    public static MetricPartition of(MetricRow row) {
        return new MetricPartition(row.periodType(), row.periodLabel());
    }

    /** The partition's folder below the metric table's root, {@code period_type=year/period_label=2024}. */
    public String path() {
        return "period_type=" + periodType + "/period_label=" + periodLabel;
    }
}
