package org.judicialmetrics.metrics;

/** What kind of figure a metric is, which decides how its value, interval and flags are derived from counts. */
public enum MetricKind {
    /** A number of rows (or of items); additive over periods. */
    COUNT,
    /** A proportion numerator / denominator (the numerator's rows are among the denominator's) with a Wilson interval. */
    RATE,
    /**
     * Numerator / denominator where the numerator's rows are not among the denominator's, so it may exceed 1
     * (withdrawals per adjudicated defendant): no Wilson interval and no era comparison, which hold for proportions
     * only; {@code z} on a zero denominator, {@code u} on the same thresholds as a rate.
     */
    RATIO,
    /** A total of a decimal column. */
    SUM,
    /** The median of a per-row duration. */
    MEDIAN;

    /** Rates and ratios divide a numerator by a denominator. */
    public boolean divides() {
        return this == RATE || this == RATIO;
    }
}
