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

    private final NationalCalibration calibration;

    OutcomeModel(NationalCalibration calibration) {
        this.calibration = calibration;
    }

    /** Acquittal chance of an adjudicated defendant in a private prosecution. */
    double privateAcquittalRate(int year) {
        return calibration.acquittalRate(year) * calibration.privateShareOfAcquittals(year)
                / PRIVATE_SHARE_OF_DEFENDANTS;
    }

    /** Acquittal chance of an adjudicated defendant in a public prosecution, granted exclusions included. */
    double publicAcquittalRate(int year) {
        return calibration.acquittalRate(year) * (1 - calibration.privateShareOfAcquittals(year))
                / (1 - PRIVATE_SHARE_OF_DEFENDANTS);
    }

    /**
     * Acquittal chance of a public-prosecution defendant without a granted exclusion, lowered so that with the
     * granted ones the year's public rate stays on target.
     */
    double publicAcquittalRateWithoutExclusion(int year) {
        double granted = ExclusionMotionGenerator.grantedShare(year);
        double rest = publicAcquittalRate(year) - granted * ACQUITTAL_AFTER_GRANTED_EXCLUSION;
        return Math.max(0, rest / (1 - granted));
    }

    Outcome draw(int year, ProsecutionType prosecution, boolean grantedExclusion, SplittableRandom random) {
        double ending = random.nextDouble();
        if (prosecution == ProsecutionType.PUBLIC && ending < WITHDRAWAL_RATE) {
            return Outcome.PROSECUTION_WITHDRAWN;
        }
        if (ending >= 1 - TERMINATION_RATE) {
            return Outcome.TERMINATED;
        }
        double acquittal = prosecution == ProsecutionType.PRIVATE ? privateAcquittalRate(year)
                : grantedExclusion ? ACQUITTAL_AFTER_GRANTED_EXCLUSION : publicAcquittalRateWithoutExclusion(year);
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
