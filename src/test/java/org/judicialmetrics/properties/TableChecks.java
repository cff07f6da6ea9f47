package org.judicialmetrics.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;

/**
 * Invariants of a metric table, each returning what breaks it (empty: it holds), written from the rows alone so that a
 * property states the rule and prints every counterexample row. Framework-free: the jqwik properties call these.
 */
final class TableChecks {

    private TableChecks() {
    }

    /** Where a row is, without its metric: period and breakdown value. */
    static String where(MetricRow r) {
        return r.periodType() + " " + r.periodLabel() + " " + r.breakdown() + "=" + r.breakdownValue();
    }

    /**
     * {@code part} never exceeds {@code whole} (two count metrics) in any row where both are given, and every row of
     * {@code part} has a row of {@code whole} beside it.
     */
    static List<String> countWithin(List<MetricRow> rows, String part, String whole) {
        Map<String, MetricRow> wholes = rows.stream().filter(r -> r.metricId().equals(whole))
                .collect(Collectors.toMap(TableChecks::where, Function.identity()));
        List<String> broken = new ArrayList<>();
        for (MetricRow r : rows) {
            if (!r.metricId().equals(part) || r.numerator() == null) {
                continue;
            }
            MetricRow w = wholes.get(where(r));
            if (w == null || w.numerator() == null) {
                broken.add(where(r) + ": " + part + " " + r.numerator() + " without " + whole);
            } else if (r.numerator() > w.numerator()) {
                broken.add(where(r) + ": " + part + " " + r.numerator() + " > " + whole + " " + w.numerator());
            }
        }
        return broken;
    }

    /** Every row of a rate metric with both figures has numerator &lt;= denominator (and neither negative). */
    static List<String> ratesWithin(List<MetricRow> rows, MetricRegistry registry) {
        List<String> broken = new ArrayList<>();
        for (MetricRow r : rows) {
            MetricDefinition m = registry.byId(r.metricId()).orElseThrow();
            if (m.kind() == MetricKind.RATE && r.numerator() != null && r.denominator() != null
                    && (r.numerator() > r.denominator() || r.numerator() < 0)) {
                broken.add(where(r) + ": " + r.metricId() + " " + r.numerator() + " of " + r.denominator());
            }
        }
        return broken;
    }

    /**
     * Per metric and breakdown value, cumulative rows ordered by period end never decrease: numerator, denominator,
     * and the value of counts and sums (a median is no running total).
     */
    static List<String> cumulativeNeverDecreases(List<MetricRow> rows, MetricRegistry registry) {
        Map<String, List<MetricRow>> series = rows.stream().filter(r -> r.periodType().equals("cumulative"))
                .collect(Collectors.groupingBy(r -> r.metricId() + " " + r.breakdown() + "=" + r.breakdownValue()));
        List<String> broken = new ArrayList<>();
        series.forEach((name, cells) -> {
            List<MetricRow> ordered = cells.stream().sorted(Comparator.comparing(MetricRow::periodEnd)).toList();
            MetricKind kind = registry.byId(ordered.get(0).metricId()).orElseThrow().kind();
            boolean additiveValue = kind == MetricKind.COUNT || kind == MetricKind.SUM;
            for (int i = 1; i < ordered.size(); i++) {
                MetricRow a = ordered.get(i - 1);
                MetricRow b = ordered.get(i);
                if (decreases(a.numerator(), b.numerator()) || decreases(a.denominator(), b.denominator())
                        || additiveValue && decreases(a.value(), b.value())) {
                    broken.add(name + ": " + a.periodLabel() + " " + figures(a) + " -> " + b.periodLabel() + " "
                            + figures(b));
                }
            }
        });
        return broken;
    }

    private static <T extends Comparable<T>> boolean decreases(T earlier, T later) {
        return earlier != null && later != null && later.compareTo(earlier) < 0;
    }

    private static String figures(MetricRow r) {
        return r.numerator() + "/" + r.denominator() + "=" + r.value();
    }

    /**
     * For every period, count metric and breakdown in {@code singleValued}: the numerators of the breakdown's values
     * add up to the {@code all} row's. Returns what breaks it; {@code checked} gets the number of sums compared.
     */
    static List<String> breakdownsAddUp(List<MetricRow> rows, MetricRegistry registry, List<String> singleValued,
            int[] checked) {
        Map<String, MetricRow> totals = new HashMap<>();
        Map<String, Long> sums = new HashMap<>();
        for (MetricRow r : rows) {
            if (registry.byId(r.metricId()).orElseThrow().kind() != MetricKind.COUNT || r.numerator() == null) {
                continue;
            }
            String cell = r.periodType() + " " + r.periodLabel() + " " + r.metricId();
            if (r.breakdown().equals(Breakdown.TOTAL)) {
                totals.put(cell, r);
            } else if (singleValued.contains(r.breakdown())) {
                sums.merge(cell + " by " + r.breakdown(), r.numerator(), Long::sum);
            }
        }
        List<String> broken = new ArrayList<>();
        sums.forEach((key, sum) -> {
            MetricRow total = totals.get(key.substring(0, key.indexOf(" by ")));
            checked[0]++;
            if (total == null || !Objects.equals(total.numerator(), sum)) {
                broken.add(key + ": values add up to " + sum + ", all is "
                        + (total == null ? "missing" : total.numerator()));
            }
        });
        return broken;
    }

    /** Every row with a value and both interval ends has ci_low &lt;= value &lt;= ci_high. */
    static List<String> intervalsContainValues(List<MetricRow> rows, int[] checked) {
        List<String> broken = new ArrayList<>();
        for (MetricRow r : rows) {
            if (r.value() == null || r.ciLow() == null || r.ciHigh() == null) {
                continue;
            }
            checked[0]++;
            if (!(r.ciLow() <= r.value() && r.value() <= r.ciHigh())) {
                broken.add(where(r) + " " + r.metricId() + ": " + r.value() + " not in [" + r.ciLow() + ", "
                        + r.ciHigh() + "]");
            }
        }
        return broken;
    }
}
