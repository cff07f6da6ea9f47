package org.judicialmetrics.metrics.stats;

/**
 * Wilson score interval for a binomial proportion: unlike the normal approximation it stays within [0, 1] and keeps
 * its coverage for rare events and small denominators, which judicial rates often have.
 */
public final class Wilson {
    private Wilson() {
    }

    /** The proportion {@code successes / trials} with its Wilson score interval; {@code trials} must be positive. */
    public static Interval interval(long successes, long trials, Confidence confidence) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("no proportion for " + successes + " of " + trials);
        }
        double z = confidence.z();
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double high = successes == trials ? 1 : Math.min(1, centre + halfWidth);
        return new Interval(p, low, high);
    }
}
