package org.judicialmetrics.metrics.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** A two-sided confidence level and its normal quantile z, so every interval honours the job's confidence setting. */
public record Confidence(double level) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public Confidence {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence " + level + " is not between 0 and 1");
        }
    }

    /** The z value with {@code level} of the standard normal mass between -z and z (1.959964 at 95%). */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
