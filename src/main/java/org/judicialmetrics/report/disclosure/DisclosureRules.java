package org.judicialmetrics.report.disclosure;

import org.judicialmetrics.spec.JobSpec;

/** The job's thresholds for withholding small counts ({@code c}) and flagging unreliable rates ({@code u}). */
public record DisclosureRules(int minCount, int minNumerator, int minDenominator) {

    public static DisclosureRules of(JobSpec spec) {
        return new DisclosureRules(
                spec.disclosure().minCount(),
                spec.reliability().minNumerator(),
                spec.reliability().minDenominator());
    }

    /** Primary suppression: a count below the threshold is withheld. */
    public boolean withheld(Long count) {
        return count != null && count < minCount;
    }

    /**
     * A rate's numerator is withheld when it, its denominator or their difference is a withheld count: with both
     * published, the difference (motions denied, reviews not overturned) is published too.
     */
    public boolean withheldRate(Long numerator, Long denominator) {
        return withheld(numerator) || withheld(denominator)
                || numerator != null && denominator != null && withheld(denominator - numerator);
    }

    /**
     * A ratio's figure is withheld when its numerator or denominator is: its numerator is not part of its denominator
     * (withdrawals per adjudicated defendant), so their difference counts nobody.
     */
    public boolean withheldRatio(Long numerator, Long denominator) {
        return withheld(numerator) || withheld(denominator);
    }

    /** A rate's or a ratio's figure is withheld ({@link #withheldRate}, {@link #withheldRatio}). */
    public boolean withheldQuotient(boolean ratio, Long numerator, Long denominator) {
        return ratio ? withheldRatio(numerator, denominator) : withheldRate(numerator, denominator);
    }

    /** A rate on few events or a small denominator is published with flag {@code u}. */
    public boolean lowReliability(Long numerator, Long denominator) {
        return numerator != null && numerator < minNumerator || denominator != null && denominator < minDenominator;
    }
}
