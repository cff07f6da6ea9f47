package org.judicialmetrics.generate;

import java.time.LocalDate;

/**
 * What one synthetic data run produces: how many defendants, from which seed, over which years, with or without
 * injected faults. Same settings, same bytes.
 */
public record GeneratorSettings(int defendants, long seed, int fromYear, int toYear, boolean dirty) {

    /** Earliest year the generator accepts (the calibration starts in 2000). */
    public static final int MIN_YEAR = 2000;
    /** Latest year the generator accepts. */
    public static final int MAX_YEAR = 2100;
    /** More defendants than this would take minutes and gigabytes: not what a sample is for. */
    public static final int MAX_DEFENDANTS = 50_000_000;

    public GeneratorSettings {
        if (defendants < 1 || defendants > MAX_DEFENDANTS) {
            throw new IllegalArgumentException("defendants must be between 1 and " + MAX_DEFENDANTS + ", was "
                    + defendants);
        }
        if (fromYear < MIN_YEAR || toYear > MAX_YEAR) {
            throw new IllegalArgumentException("years must lie between " + MIN_YEAR + " and " + MAX_YEAR + ", was "
                    + fromYear + "-" + toYear);
        }
        if (fromYear > toYear) {
            throw new IllegalArgumentException("from year " + fromYear + " is after to year " + toYear);
        }
    }

    /**
     * The job spec's sample settings, each missing one at the generate command's default, except the last year: by
     * default the last complete year as of {@code asOf}, so the sample reaches the period a job runs by default.
     */
    public static GeneratorSettings fromSpec(org.judicialmetrics.spec.JobSpec.SampleSpec sample, LocalDate asOf) {
        return new GeneratorSettings(
                sample.defendants() == null ? 400_000 : sample.defendants(),
                sample.seed() == null ? 2012 : sample.seed(),
                sample.from() == null ? 2010 : sample.from(),
                sample.to() == null ? asOf.getYear() - 1 : sample.to(),
                false);
    }

    /** Last day of the generated span: no clean row carries a later date. */
    public LocalDate endDate() {
        return LocalDate.of(toYear, 12, 31);
    }
}
