package org.judicialmetrics.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.judicialmetrics.period.Period;

/**
 * One metric's {@link Coverage} over the periods of a run: which periods its input gives in full (an era or a
 * cumulative period only when every calendar period in it is given) and where its rate's denominator changes basis.
 */
final class SeriesCoverage {

    private final MetricDefinition metric;
    private final Coverage coverage;
    private final PeriodPlan plan;
    private final Map<Period, Boolean> given = new HashMap<>();
    private final Map<Period, Boolean> numeratorGiven = new HashMap<>();
    private final Map<Period, Optional<String>> basis = new HashMap<>();

    SeriesCoverage(MetricDefinition metric, PeriodPlan plan, Coverage coverage) {
        this.metric = metric;
        this.coverage = coverage;
        this.plan = plan;
        for (Period p : plan.calendar()) {
            given.put(p, metric.measures().stream().allMatch(m -> coverage.gives(m, p)));
            numeratorGiven.put(p, coverage.gives(metric.numerator(), p));
            basis.put(p, metric.kind().divides() ? coverage.basis(metric.denominator(), p) : Optional.empty());
        }
    }

    /** Whether the input gives the metric's rows by the breakdown (a count table may give totals only). */
    boolean breaksDown(Breakdown breakdown) {
        return coverage.breaksDown(metric.dataset(), breakdown);
    }

    /** Whether the input gives the metric in the period: for a span, in every calendar period that starts in it. */
    boolean gives(Period period) {
        return within(period).stream().allMatch(given::get);
    }

    /** Whether the input gives the numerator in the period, so a rate without its denominator still shows its count. */
    boolean givesNumerator(Period period) {
        return within(period).stream().allMatch(numeratorGiven::get);
    }

    /**
     * Whether the period's figure is not comparable with what came before: a calendar period whose denominator basis
     * differs from that of the previous given period, or a span over which the basis changes.
     */
    boolean breaks(Period period) {
        if (!period.type().calendar()) {
            return bases(within(period)).size() > 1;
        }
        Optional<String> previous = Optional.empty();
        for (Period p : plan.calendar()) {
            if (p.equals(period)) {
                return basis.get(p).isPresent() && previous.isPresent() && !previous.equals(basis.get(p));
            }
            if (given.get(p) && basis.get(p).isPresent()) {
                previous = basis.get(p);
            }
        }
        return false;
    }

    /** Whether the denominators of two spans compared with each other differ in basis. */
    boolean breaks(Period earlier, Period later) {
        List<Period> both = new ArrayList<>(within(earlier));
        both.addAll(within(later));
        return bases(both).size() > 1;
    }

    private Set<String> bases(List<Period> periods) {
        Set<String> bases = new TreeSet<>();
        periods.stream().filter(given::get).forEach(p -> basis.get(p).ifPresent(bases::add));
        return bases;
    }

    /** The calendar periods of the plan that start in the period (a calendar period: itself). */
    private List<Period> within(Period period) {
        if (period.type().calendar()) {
            return given.containsKey(period) ? List.of(period) : List.of();
        }
        return plan.calendar().stream()
                .filter(p -> !p.start().isBefore(period.start()) && !p.start().isAfter(period.end()))
                .toList();
    }
}
