package org.judicialmetrics.report;

import org.judicialmetrics.report.MetricGlossary.Kind;import org.judicialmetrics.metrics.stats.Newcombe;
import org.judicialmetrics.metrics.stats.Interval;

import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;

/**
 * A rate's change between two periods, with the Newcombe interval of the difference computed from the numerators and
 * denominators; real only when the interval excludes zero.
 */
public record PeriodChange(String metricId, MetricRow later, MetricRow earlier, double difference, Interval interval) {

    /**
     * The change of a rate between two periods' rows, when both are published with numerator and denominator and the
     * later one does not start a new series ({@code b}: its denominator counts something else).
     */
    public static Optional<PeriodChange> of(ReportContext ctx, Optional<MetricRow> later, Optional<MetricRow> earlier) {
        if (later.isEmpty() || earlier.isEmpty() || !comparable(ctx, later.get()) || !comparable(ctx, earlier.get())
                || later.get().flags().contains("b") || ctx.kind(later.get().metricId()) != Kind.RATE) {
            return Optional.empty();
        }
        MetricRow a = later.get();
        MetricRow b = earlier.get();
        Interval interval = Newcombe.difference(a.numerator(), a.denominator(), b.numerator(), b.denominator(),
                ctx.confidence());
        return Optional.of(new PeriodChange(a.metricId(), a, b, interval.estimate(), interval));
    }

    public boolean real() {
        return interval.excludesZero();
    }

    private static boolean comparable(ReportContext ctx, MetricRow r) {
        return r.numerator() != null
                && r.denominator() != null
                && r.denominator() > 0
                && !ctx.rules().withheldRate(r.numerator(), r.denominator())
                && !ctx.disclosure().withheld(r);
    }
}
