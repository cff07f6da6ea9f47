package org.judicialmetrics.metrics;

/** What kind of figure a metric is, which decides how its value, interval and flags are derived from counts. */
public enum MetricKind {
    /** A number of rows (or of items); additive over periods. */
    COUNT,
    /** A proportion numerator / denominator with a Wilson interval. */
    RATE,
    /** A total of a decimal column. */
    SUM,
    /** The median of a per-row duration. */
    MEDIAN
}
