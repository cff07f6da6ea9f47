package org.judicialmetrics.report;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Wilson score intervals for a proportion and Newcombe's hybrid score interval for a difference of two proportions
 * (spec section 4), so the report can judge period-on-period changes from numerators and denominators alone.
 */
public final class ProportionIntervals {

    private final double z;

    /** Intervals at the given two-sided confidence level, e.g. 0.95. */
    public ProportionIntervals(double confidence) {
        this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** Wilson score interval for x events out of n (n > 0). */
    public Interval wilson(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("need 0 <= x <= n and n > 0, got x=" + x + ", n=" + n);
        }
        double p = (double) x / n;
        double z2 = z * z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Newcombe interval for p1 - p2, where p1 = x1/n1 (the later period) and p2 = x2/n2 (the earlier one). */
    public Interval newcombe(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = wilson(x1, n1);
        Interval w2 = wilson(x2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Interval(low, high);
    }

    private static double square(double v) {
        return v * v;
    }
}
