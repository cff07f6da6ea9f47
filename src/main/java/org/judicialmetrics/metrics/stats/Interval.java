package org.judicialmetrics.metrics.stats;

/** A confidence interval around an estimate, so rates and differences travel with their uncertainty. */
public record Interval(double estimate, double low, double high) {

    /** True when the interval does not contain zero: the report calls such a difference statistically meaningful. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
