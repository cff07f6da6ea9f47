package org.judicialmetrics.metrics;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.judicialmetrics.metrics.stats.Interval;
import org.judicialmetrics.metrics.stats.Newcombe;
import org.judicialmetrics.metrics.stats.Wilson;
import org.judicialmetrics.period.Period;

/**
 * Derives metric table rows from aggregated measures: values, Wilson and Newcombe intervals, flags and status, as the
 * {@link MetricRegistry} documents them. Pure Java: it runs on the small collected table.
 */
final class MetricRowBuilder {

    static final String FINAL = "final";
    static final String PROVISIONAL = "provisional";

    private final RunContext context;

    MetricRowBuilder(RunContext context) {
        this.context = context;
    }

    /** The row of a metric whose datasets are all present; {@code cell} is empty where no row was counted. */
    MetricRow row(MetricDefinition metric, Period period, String breakdown, String breakdownValue,
            Map<String, Object> cell) {
        return row(metric, period, breakdown, breakdownValue, cell, false);
    }

    /** The same, flagged {@code b} when the period's figure breaks the series. */
    MetricRow row(MetricDefinition metric, Period period, String breakdown, String breakdownValue,
            Map<String, Object> cell, boolean breaksSeries) {
        Set<Flag> flags = breaksSeries ? EnumSet.of(Flag.B) : EnumSet.noneOf(Flag.class);
        String name = metric.numerator().name();
        return switch (metric.kind()) {
            case COUNT -> {
                long count = count(cell, name);
                yield row(metric, period, breakdown, breakdownValue, count, null, (double) count, null, flags);
            }
            case RATE, RATIO -> rate(metric, period, breakdown, breakdownValue, count(cell, name),
                    count(cell, metric.denominator().name()), flags);
            case SUM -> made(row(metric, period, breakdown, breakdownValue, null, null, total(cell, name, flags), null,
                    flags), cell, name);
            case MEDIAN -> made(row(metric, period, breakdown, breakdownValue, null, null, median(cell, name, flags),
                    null, flags), cell, name);
        };
    }

    private MetricRow rate(MetricDefinition metric, Period period, String breakdown, String breakdownValue,
            long numerator, long denominator, Set<Flag> flags) {
        if (denominator == 0) {
            flags.add(Flag.Z);
            return row(metric, period, breakdown, breakdownValue, numerator, denominator, null, null, flags);
        }
        if (metric.kind() == MetricKind.RATE && numerator > denominator) {
            flags.add(Flag.X);
            return row(metric, period, breakdown, breakdownValue, numerator, denominator, null, null, flags);
        }
        if (context.unreliable(numerator, denominator)) {
            flags.add(Flag.U);
        }
        if (metric.kind() == MetricKind.RATIO) {
            return row(metric, period, breakdown, breakdownValue, numerator, denominator,
                    (double) numerator / denominator, null, flags);
        }
        Interval i = Wilson.interval(numerator, denominator, context.confidence());
        return row(metric, period, breakdown, breakdownValue, numerator, denominator, i.estimate(), i, flags);
    }

    /** The sum over rows with a value; 0 when no row qualifies, null and {@code x} when none of them has a value. */
    private static Double total(Map<String, Object> cell, String name, Set<Flag> flags) {
        if (count(cell, name + Measure.OBSERVED) > 0) {
            return ((Number) cell.get(name)).doubleValue();
        }
        if (count(cell, name + Measure.QUALIFYING) > 0) {
            flags.add(Flag.X);
            return null;
        }
        return 0.0;
    }

    /** The median; null and {@code z} without observations, {@code u} with fewer than {@code min_numerator}. */
    private Double median(Map<String, Object> cell, String name, Set<Flag> flags) {
        long observed = count(cell, name + Measure.OBSERVED);
        if (observed == 0) {
            flags.add(Flag.Z);
            return null;
        }
        if (observed < context.reliability().minNumerator()) {
            flags.add(Flag.U);
        }
        return ((Number) cell.get(name)).doubleValue();
    }

    /** A rate or ratio whose numerator is given but whose denominator is not: the count, no rate, flag {@code x}. */
    MetricRow withoutDenominator(MetricDefinition metric, Period period, String breakdown, String breakdownValue,
            Map<String, Object> cell) {
        return row(metric, period, breakdown, breakdownValue, count(cell, metric.numerator().name()), null, null, null,
                EnumSet.of(Flag.X));
    }

    /** The row of a metric that cannot exist in the jurisdiction (it counts only unused codes): flag {@code z}. */
    MetricRow notApplicable(MetricDefinition metric, Period period, String breakdown, String breakdownValue) {
        return row(metric, period, breakdown, breakdownValue, null, null, null, null, EnumSet.of(Flag.Z));
    }

    /** The row of a metric a needed dataset of which is absent: no value, flag {@code x}. */
    MetricRow unavailable(MetricDefinition metric, Period period, String breakdown, String breakdownValue) {
        return row(metric, period, breakdown, breakdownValue, null, null, null, null, EnumSet.of(Flag.X));
    }

    /**
     * The change of a rate from the earlier era to the later one (breakdown {@value Breakdown#ERA_CHANGE}), with its
     * Newcombe interval; {@code z} when either rate is undefined, {@code u} when either is unreliable.
     */
    MetricRow eraChange(MetricDefinition metric, Period later, Map<String, Object> laterCell, Period earlier,
            Map<String, Object> earlierCell, boolean breaksSeries) {
        String value = Breakdown.eraChange(later.label(), earlier.label());
        long x1 = count(laterCell, metric.numerator().name());
        long n1 = count(laterCell, metric.denominator().name());
        long x2 = count(earlierCell, metric.numerator().name());
        long n2 = count(earlierCell, metric.denominator().name());
        Set<Flag> flags = breaksSeries ? EnumSet.of(Flag.B) : EnumSet.noneOf(Flag.class);
        if (n1 == 0 || n2 == 0) {
            flags.add(Flag.Z);
            return row(metric, later, Breakdown.ERA_CHANGE, value, null, null, null, null, flags);
        }
        if (x1 > n1 || x2 > n2) {
            // a count table's numerator above its denominator: no proportion, so no difference of proportions
            flags.add(Flag.X);
            return row(metric, later, Breakdown.ERA_CHANGE, value, null, null, null, null, flags);
        }
        if (context.unreliable(x1, n1) || context.unreliable(x2, n2)) {
            flags.add(Flag.U);
        }
        Interval d = Newcombe.difference(x1, n1, x2, n2, context.confidence());
        return row(metric, later, Breakdown.ERA_CHANGE, value, null, null, d.estimate(), d, flags);
    }

    /** The row for a needed-but-absent dataset's era comparison. */
    MetricRow eraChangeUnavailable(MetricDefinition metric, Period later, Period earlier) {
        return unavailable(metric, later, Breakdown.ERA_CHANGE, Breakdown.eraChange(later.label(), earlier.label()));
    }

    private MetricRow row(MetricDefinition metric, Period period, String breakdown, String breakdownValue,
            Long numerator, Long denominator, Double value, Interval interval, Set<Flag> flags) {
        boolean provisional = context.provisional(period);
        if (provisional) {
            flags.add(Flag.P);
        }
        return new MetricRow(context.jobId(), context.runId(), period.type().label(), period.label(), period.start(),
                period.end(), breakdown, breakdownValue, metric.id(), numerator, denominator, value,
                interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                Flag.format(flags), provisional ? PROVISIONAL : FINAL, metric.definitionVersion());
    }

    /** A sum or median with the number of rows it is made of, for disclosure control; none when it has no value. */
    private static MetricRow made(MetricRow r, Map<String, Object> cell, String name) {
        if (r.value() == null) {
            return r;
        }
        return new MetricRow(r.jobId(), r.runId(), r.periodType(), r.periodLabel(), r.periodStart(), r.periodEnd(),
                r.breakdown(), r.breakdownValue(), r.metricId(), r.numerator(), r.denominator(), r.value(), r.ciLow(),
                r.ciHigh(), r.flags(), r.status(), r.definitionVersion(), count(cell, name + Measure.OBSERVED));
    }

    private static long count(Map<String, Object> cell, String name) {
        Object v = cell.get(name);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
