package org.judicialmetrics.metrics.stats;

/**
 * Newcombe's hybrid score interval (1998, method 10) for the difference of two independent proportions, built from
 * the two Wilson intervals: it behaves well for small counts and rates near 0, as era comparisons need.
 */
public final class Newcombe {
    private Newcombe() {
    }

    /** The difference {@code x1/n1 - x2/n2} with its hybrid score interval; both denominators must be positive. */
    public static Interval difference(long x1, long n1, long x2, long n2, Confidence confidence) {
        Interval first = Wilson.interval(x1, n1, confidence);
        Interval second = Wilson.interval(x2, n2, confidence);
        double p1 = first.estimate();
        double p2 = second.estimate();
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
        double high = d + Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
        return new Interval(d, low, high);
    }

    private static double square(double v) {
        return v * v;
    }
}
