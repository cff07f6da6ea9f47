package org.judicialmetrics.generate;

import java.util.SplittableRandom;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Codes.ProsecutionType;

/**
 * How a synthetic defendant's proceeding ends, calibrated so that acquittals / adjudicated follows the national
 * series of {@link NationalCalibration} year by year, split between public and private prosecutions as published.
 */
final class OutcomeModel {

    /**
     * Private prosecutions as a share of defendants: 2008-2012 rows imply 0.9% (2,634 private acquittals at a 5.59%
     * rate = 47,120 of 5,239,739 defendants judged); 1% is used.
     */
    static final double PRIVATE_SHARE_OF_DEFENDANTS = 0.01;
    /**
     * Prosecution withdrawals per public-prosecution defendant: 2025 prosecution_withdrawals_permitted 1,235 over the
     * 2025 persons adjudicated of the calibration (1,232,600); the only national figure, held for every year.
     */
    static final double WITHDRAWAL_RATE = 1235.0 / 1_232_600;
    /** Proceedings terminated (death of the defendant, limitation, amnesty): an assumption, rare. */
    static final double TERMINATION_RATE = 0.0003;
    /** Exempted from punishment among the adjudicated: 2020 note, 12,000 of 1,527,000 persons sentenced. */
    static final double EXEMPTION_RATE = 12_000.0 / 1_527_000;
    /** Found not criminally liable (insanity, under age): an assumption, very rare. */
    static final double NOT_LIABLE_RATE = 0.0001;
    /** Acquittal chance of a defendant whose motion to exclude evidence was granted: an assumption. */
    static final double ACQUITTAL_AFTER_GRANTED_EXCLUSION = 0.05;

    /** Acquittal chance of an adjudicated private-prosecution defendant, by year from {@code MIN_YEAR}. */
    private final double[] privateAcquittal;
    /** Acquittal chance of an adjudicated public-prosecution defendant without a granted exclusion, by year. */
    private final double[] publicAcquittal;

    OutcomeModel(NationalCalibration calibration) {
        int years = GeneratorSettings.MAX_YEAR - GeneratorSettings.MIN_YEAR + 1;
        privateAcquittal = new double[years];
        publicAcquittal = new double[years];
        for (int i = 0; i < years; i++) {
            int year = GeneratorSettings.MIN_YEAR + i;
            double rate = calibration.acquittalRate(year);
            double privateShare = calibration.privateShareOfAcquittals(year);
            privateAcquittal[i] = rate * privateShare / PRIVATE_SHARE_OF_DEFENDANTS;
            publicAcquittal[i] = withoutExclusion(rate * (1 - privateShare) / (1 - PRIVATE_SHARE_OF_DEFENDANTS), year);
        }
    }

    /**
     * The public acquittal chance for defendants without a granted exclusion: lowered so that, with the granted ones
     * at {@link #ACQUITTAL_AFTER_GRANTED_EXCLUSION}, the year's public rate stays on target.
     */
    private static double withoutExclusion(double publicRate, int year) {
        double granted = ExclusionMotionGenerator.grantedShare(year);
        return Math.max(0, (publicRate - granted * ACQUITTAL_AFTER_GRANTED_EXCLUSION) / (1 - granted));
    }

    Outcome draw(int year, ProsecutionType prosecution, boolean grantedExclusion, SplittableRandom random) {
        double ending = random.nextDouble();
        if (prosecution == ProsecutionType.PUBLIC && ending < WITHDRAWAL_RATE) {
            return Outcome.PROSECUTION_WITHDRAWN;
        }
        if (ending >= 1 - TERMINATION_RATE) {
            return Outcome.TERMINATED;
        }
        int index = year - GeneratorSettings.MIN_YEAR;
        double acquittal = prosecution == ProsecutionType.PRIVATE ? privateAcquittal[index]
                : grantedExclusion ? ACQUITTAL_AFTER_GRANTED_EXCLUSION : publicAcquittal[index];
        double judgment = random.nextDouble();
        if (judgment < acquittal) {
            return Outcome.ACQUITTED;
        }
        if (judgment < acquittal + EXEMPTION_RATE) {
            return Outcome.EXEMPT_FROM_PUNISHMENT;
        }
        if (judgment < acquittal + EXEMPTION_RATE + NOT_LIABLE_RATE) {
            return Outcome.NOT_CRIMINALLY_LIABLE;
        }
        return Outcome.CONVICTED;
    }
}
