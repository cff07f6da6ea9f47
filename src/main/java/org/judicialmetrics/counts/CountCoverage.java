package org.judicialmetrics.counts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.Coverage;
import org.judicialmetrics.metrics.Measure;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * What an {@code outcome_counts} table publishes: a measure of a dataset the table counts is given in a period only
 * when the table publishes, by the measure's date, every code it counts there (one by one, or as a total, in every
 * breakdown cell of the period) and every column its condition reads. Anything else, such as a year with acquittals but no denominator, is {@code x}. A
 * measure's basis in a period is the {@code definition} (else the {@code source}) of the rows making it up.
 */
public final class CountCoverage implements Coverage {

    private final PeriodType granularity;
    private final PeriodType tableType;
    private final Map<String, Map<CountMeasure, Set<String>>> published;
    private final Map<Dataset, Set<String>> columns;

    private CountCoverage(PeriodType granularity, PeriodType tableType,
                          Map<String, Map<CountMeasure, Set<String>>> published, Map<Dataset, Set<String>> columns) {
        this.granularity = granularity;
        this.tableType = tableType;
        this.published = Map.copyOf(published);
        this.columns = Map.copyOf(columns);
    }

    /**
     * @param tableType the period type of the table's rows: the job's, or one within it (a job's year is given only
     *                  when the table gives each of its months)
     * @param published period label -> count measure published (in every cell) -> the bases of its rows
     * @param columns   dataset -> the columns the table fills for it (its event column and breakdowns)
     */
    static CountCoverage of(PeriodType granularity, PeriodType tableType,
                            Map<String, Map<CountMeasure, Set<String>>> published, Map<Dataset, Set<String>> columns) {
        return new CountCoverage(granularity, tableType, published, columns);
    }

    @Override
    public boolean gives(Measure measure, Period period) {
        if (!columns.containsKey(measure.dataset())) {
            return true; // case-level data, or absent: not this table's to say
        }
        if (period.type() != granularity || !columns.get(measure.dataset()).containsAll(measure.columns())) {
            return false;
        }
        return within(period).stream().allMatch(label -> givesIn(measure, label));
    }

    private boolean givesIn(Measure measure, String label) {
        List<CountMeasure> parts = parts(measure, label);
        if (measure.codes().isEmpty()) {
            return parts.stream().anyMatch(p -> p.codes().isEmpty());
        }
        Set<String> covered = new HashSet<>();
        parts.forEach(p -> covered.addAll(p.codes()));
        return covered.equals(measure.codes());
    }

    /** The labels of the table's periods that make up a period of the job (the period itself when of one type). */
    private List<String> within(Period period) {
        if (tableType == granularity) {
            return List.of(period.label());
        }
        List<String> labels = new java.util.ArrayList<>();
        for (java.time.LocalDate d = period.start(); !d.isAfter(period.end());
             d = tableType == PeriodType.MONTH ? d.plusMonths(1) : d.plusMonths(3)) {
            labels.add(tableType == PeriodType.MONTH ? Period.month(java.time.YearMonth.from(d)).label()
                    : Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1).label());
        }
        return labels;
    }

    @Override
    public Optional<String> basis(Measure measure, Period period) {
        if (!columns.containsKey(measure.dataset()) || !gives(measure, period)) {
            return Optional.empty();
        }
        Set<String> bases = new TreeSet<>();
        within(period).forEach(label -> parts(measure, label).forEach(p -> bases.addAll(published.get(label).get(p))));
        return bases.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", bases));
    }

    @Override
    public boolean breaksDown(Dataset dataset, Breakdown breakdown) {
        return !columns.containsKey(dataset) || breakdown == Breakdown.ALL
                || columns.get(dataset).contains(breakdown.id());
    }

    /** The published count measures of the period that make up part of the measure: same dataset, date and codes. */
    private List<CountMeasure> parts(Measure measure, String label) {
        return published.getOrDefault(label, Map.of()).keySet().stream()
                .filter(p -> p.dataset() == measure.dataset() && p.dateColumn().equals(measure.dateColumn()))
                .filter(p -> measure.codes().isEmpty() ? p.codes().isEmpty()
                        : !p.codes().isEmpty() && measure.codes().containsAll(p.codes()))
                .toList();
    }
}
