package org.judicialmetrics.metrics;

import java.time.LocalDate;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.spec.JobSpec;

/** What every metric row of a run shares: ids, the as-of date deciding provisional periods, the job's thresholds. */
record RunContext(String jobId, String runId, LocalDate asOf, JobSpec.Reliability reliability, Confidence confidence,
                  int provisionalDays) {

    static RunContext of(JobSpec spec, String runId, LocalDate asOf) {
        return new RunContext(spec.id(), runId, asOf, spec.reliability(), new Confidence(spec.confidence()),
                spec.provisionalDays());
    }

    /** A period is provisional until {@code provisional_days} after its end: late records may still revise it. */
    boolean provisional(org.judicialmetrics.period.Period period) {
        return period.end().plusDays(provisionalDays).isAfter(asOf);
    }

    /** Low reliability: fewer events than {@code min_numerator} or a denominator below {@code min_denominator}. */
    boolean unreliable(long numerator, long denominator) {
        return numerator < reliability.minNumerator() || denominator < reliability.minDenominator();
    }
}
