package org.judicialmetrics.report;

/** A confidence interval [low, high]; kept as a value so comparisons can say whether it excludes zero. */
public record Interval(double low, double high) {

    /** True when the whole interval lies above or below zero: the change it bounds is more than noise. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
