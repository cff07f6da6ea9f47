package org.judicialmetrics.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * The periods a run publishes rows for (spec section 3): every calendar period from the one holding the earliest
 * data up to the run period; the eras overlapping that span, open ends closed by the earliest data and the run
 * period's end; and a cumulative period from the baseline to the end of each calendar period that ends on or after
 * the baseline, labelled like that calendar period.
 */
record PeriodPlan(List<Period> calendar, List<Period> eras, List<Period> cumulative) {

    PeriodPlan {
        calendar = List.copyOf(calendar);
        eras = List.copyOf(eras);
        cumulative = List.copyOf(cumulative);
    }

    /** The plan for data starting at {@code earliest} (null when there is none: only the run period). */
    static PeriodPlan of(Period run, LocalDate baseline, List<Era> eraDefinitions, LocalDate earliest) {
        LocalDate first = earliest == null || earliest.isAfter(run.end()) ? run.start() : earliest;
        List<Period> calendar = run.since(first);
        List<Period> eras = new ArrayList<>();
        for (Era era : eraDefinitions) {
            boolean overlaps = (era.start() == null || !era.start().isAfter(run.end()))
                    && (era.end() == null || !era.end().isBefore(first));
            if (overlaps) {
                LocalDate end = era.end() == null || era.end().isAfter(run.end()) ? run.end() : era.end();
                eras.add(new Period(PeriodType.ERA, era.id(), era.start() == null ? first : era.start(), end));
            }
        }
        List<Period> cumulative = calendar.stream()
                .filter(p -> !p.end().isBefore(baseline))
                .map(p -> new Period(PeriodType.CUMULATIVE, p.label(), baseline, p.end()))
                .toList();
        return new PeriodPlan(calendar, eras, cumulative);
    }

    /** Every period, calendar first, then eras, then cumulative. */
    List<Period> all() {
        List<Period> all = new ArrayList<>(calendar);
        all.addAll(eras);
        all.addAll(cumulative);
        return all;
    }
}
