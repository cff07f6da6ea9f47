package org.judicialmetrics.run;

import org.judicialmetrics.validate.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.validate.ValidationCounts;

/** The job spec's quality gate applied to a run's validation counts: every check is listed, passed or not. */
public final class QualityGate {

    private QualityGate() {
    }

    /** The name ending of the check that the data reach the run period. */
    private static final String REACHES = " reaches the period";

    /**
     * Whether the checks failed only because the data have not reached the run period: the data are late, not bad
     * (exit 5, retry later, rather than 3).
     */
    public static boolean onlyNotArrived(List<CheckResult> checks) {
        List<CheckResult> failed = checks.stream().filter(c -> !c.passed()).toList();
        return !failed.isEmpty() && failed.stream().allMatch(c -> c.name().endsWith(REACHES));
    }

    /** The checks of a run for {@code period}. */
    public static List<CheckResult> evaluate(JobSpec.QualityGate gate, Map<Dataset, ValidationCounts> counts,
                                             Period period) {
        List<CheckResult> checks = evaluate(gate, counts);
        if (gate.requirePeriodData()) {
            reach(counts, period).ifPresent(checks::add);
        }
        return checks;
    }

    /**
     * Whether the data reach the run period: the first dataset the run has (defendants, else motions, else reviews)
     * must have a row dated in the period or later. A scheduled run for a period whose data have not arrived fails
     * instead of publishing zeros.
     */
    private static java.util.Optional<CheckResult> reach(Map<Dataset, ValidationCounts> counts, Period period) {
        for (Dataset d : Dataset.values()) {
            ValidationCounts c = counts.get(d);
            if (c != null && c.accepted() > 0) {
                boolean reached = c.latest() != null && !c.latest().isBefore(period.start());
                String latest = c.latest() == null ? "unknown" : c.latest().toString();
                return java.util.Optional.of(new CheckResult(d.id() + REACHES, reached,
                        "latest " + d.periodColumn() + " " + latest
                                + "; the period " + period.label() + " starts " + period.start()
                                + (reached ? "" : ": its data have not arrived (quality_gate.require_period_data)"),
                        new CheckResult.Words(reached ? "reaches" : "reaches_not", Map.of("dataset", d.id(),
                                "column", d.periodColumn(), "latest", latest, "period", period.label(),
                                "start", period.start().toString()))));
            }
        }
        return java.util.Optional.empty();
    }

    public static List<CheckResult> evaluate(JobSpec.QualityGate gate, Map<Dataset, ValidationCounts> counts) {
        List<CheckResult> checks = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            ValidationCounts c = counts.get(dataset);
            if (c == null) {
                checks.add(new CheckResult(dataset.id() + " present", !gate.requireAllDatasets(),
                        "dataset not found in the data root" + (gate.requireAllDatasets()
                                ? " (quality_gate.require_all_datasets is true)" : "; its metrics are 'x'"),
                        new CheckResult.Words(gate.requireAllDatasets() ? "present_required" : "present_optional",
                                Map.of("dataset", dataset.id()))));
                continue;
            }
            String accepted = String.format(Locale.ROOT, "%,d", c.accepted());
            String read = String.format(Locale.ROOT, "%,d", c.read());
            checks.add(new CheckResult(dataset.id() + " has rows", c.accepted() > 0,
                    accepted + " rows accepted of " + read + " read",
                    new CheckResult.Words("has_rows", Map.of("dataset", dataset.id(), "accepted", accepted,
                            "read", read))));
            String quarantined = String.format(Locale.ROOT, "%,d", c.quarantined());
            String share = String.format(Locale.ROOT, "%.3f%%", 100 * c.quarantinedShare());
            String limit = String.format(Locale.ROOT, "%.3f%%", 100 * gate.maxQuarantinedShare());
            checks.add(new CheckResult(dataset.id() + " quarantined share", c.quarantinedShare() <= gate.maxQuarantinedShare(),
                    quarantined + " of " + read + " rows quarantined; " + share + " for faults (limit " + limit + ")",
                    new CheckResult.Words("quarantined", Map.of("dataset", dataset.id(), "quarantined", quarantined,
                            "read", read, "share", share, "limit", limit))));
        }
        return checks;
    }

    public static boolean passed(List<CheckResult> checks) {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
