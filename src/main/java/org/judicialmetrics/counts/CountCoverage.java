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
    private final Map<Dataset, Set<String>> unused;
    private final java.util.Collection<CountMeasure> measures;

    private CountCoverage(PeriodType granularity, PeriodType tableType,
                          Map<String, Map<CountMeasure, Set<String>>> published, Map<Dataset, Set<String>> columns,
                          Map<Dataset, Set<String>> unused, java.util.Collection<CountMeasure> measures) {
        this.granularity = granularity;
        this.measures = List.copyOf(measures);
        this.tableType = tableType;
        this.unused = Map.copyOf(unused);
        this.published = Map.copyOf(published);
        this.columns = Map.copyOf(columns);
    }

    /**
     * @param tableType the period type of the table's rows: the job's, or one within it (a job's year is given only
     *                  when the table gives each of its months)
     * @param published period label -> count measure published (in every cell) -> the bases of its rows
     * @param columns   dataset -> the columns the table fills for it (its event column and breakdowns)
     * @param unused    dataset -> the codes of its event column the jurisdiction does not have (given as 0 wherever the
     *                  table gives the dataset)
     * @param measures  every measure a table of the job may give: a measure of rows of any code needs each code
     */
    static CountCoverage of(PeriodType granularity, PeriodType tableType,
                            Map<String, Map<CountMeasure, Set<String>>> published, Map<Dataset, Set<String>> columns,
                            Map<Dataset, Set<String>> unused, java.util.Collection<CountMeasure> measures) {
        return new CountCoverage(granularity, tableType, published, columns, unused, measures);
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
        if (measure.codes().isEmpty() && parts.stream().anyMatch(p -> p.codes().isEmpty())) {
            return true; // a published count of rows of any code (motions filed)
        }
        // rows of any code: every code a row of the measure's date can have, one by one or in totals
        Set<String> needed = !measure.codes().isEmpty() ? measure.codes() : anyCode(measure);
        if (needed.isEmpty()) {
            return false;
        }
        Set<String> covered = new HashSet<>();
        parts.forEach(p -> covered.addAll(p.codes()));
        boolean givesDataset = published.getOrDefault(label, Map.of()).keySet().stream()
                .anyMatch(p -> p.dataset() == measure.dataset());
        if (givesDataset) {
            covered.addAll(unused.getOrDefault(measure.dataset(), Set.of()));
        }
        return covered.containsAll(needed);
    }

    /** Every code of the measure's dataset counted by the measure's date (the single-code count measures). */
    private Set<String> anyCode(Measure measure) {
        Set<String> codes = new HashSet<>();
        measures.stream().filter(m -> m.dataset() == measure.dataset() && m.dateColumn().equals(measure.dateColumn())
                && m.codes().size() == 1).forEach(m -> codes.addAll(m.codes()));
        return codes;
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
                .filter(p -> measure.codes().isEmpty() || !p.codes().isEmpty() && measure.codes().containsAll(p.codes()))
                .toList();
    }
}
