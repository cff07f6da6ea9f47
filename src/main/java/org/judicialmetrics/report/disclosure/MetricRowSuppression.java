package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;

/**
 * The same suppression as the report's tables, applied to the long metric table for a public Parquet copy
 * ({@code disclosure.public_parquet}): a withheld row loses its value, interval and numerator (and its denominator
 * when that is withheld too) and gains flag {@code c}. Relations are per period, metric and breakdown: the
 * breakdown's rows add up to the metric's {@code all} row of the same period; and a numerator whose difference from
 * its denominator is small is withheld as the report's tables withhold it.
 */
public final class MetricRowSuppression {

    private MetricRowSuppression() {
    }

    /** @param numeratorOf count metric -> the count of its rate's denominator ({@link MetricRegistry#numeratorCounts()}) */
    public static List<MetricRow> apply(List<MetricRow> rows, int minCount, Map<String, String> numeratorOf) {
        boolean[] byNumerator = suppressField(rows, MetricRow::numerator, minCount,
                smallDifferences(rows, minCount, numeratorOf));
        boolean[] byDenominator = suppressField(rows, MetricRow::denominator, minCount, new boolean[rows.size()]);
        List<MetricRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MetricRow r = rows.get(i);
            out.add(byNumerator[i] || byDenominator[i] ? withheld(r, byDenominator[i]) : r);
        }
        return out;
    }

    /**
     * Rows whose numerator must be withheld because its difference from a published denominator is small: a rate's
     * own numerator and denominator, or a count published beside the count of its rate's denominator
     * ({@link MetricRegistry#numeratorCounts()}).
     */
    private static boolean[] smallDifferences(List<MetricRow> rows, int minCount, Map<String, String> numeratorOf) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(cell(r, r.metricId()), r.numerator()));
        boolean[] forced = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            MetricRow r = rows.get(i);
            Long whole = r.denominator() != null ? r.denominator()
                    : numeratorOf.containsKey(r.metricId()) ? counts.get(cell(r, numeratorOf.get(r.metricId()))) : null;
            forced[i] = r.numerator() != null && whole != null && whole - r.numerator() < minCount;
        }
        return forced;
    }

    private static String cell(MetricRow r, String metricId) {
        return String.join("|", r.periodType(), r.periodLabel(), r.breakdown(), r.breakdownValue(), metricId);
    }

    private static boolean[] suppressField(List<MetricRow> rows, Function<MetricRow, Long> field, int minCount,
            boolean[] forced) {
        List<Long> values = new ArrayList<>(rows.size());
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, List<Integer>> parts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MetricRow r = rows.get(i);
            values.add(field.apply(r));
            String cell = r.periodType() + "|" + r.periodLabel() + "|" + r.metricId();
            if ("all".equals(r.breakdown())) {
                totals.put(cell, i);
            } else {
                parts.computeIfAbsent(cell + "|" + r.breakdown(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<SumConstraint> constraints = new ArrayList<>();
        parts.forEach((key, members) -> {
            Integer total = totals.get(key.substring(0, key.lastIndexOf('|')));
            if (total != null && values.get(total) != null) {
                constraints.add(new SumConstraint(total, members));
            }
        });
        return CellSuppression.suppress(values, constraints, minCount, forced);
    }

    private static MetricRow withheld(MetricRow r, boolean denominatorToo) {
        String flags =
                r.flags() == null || r.flags().isEmpty() ? "c" : r.flags().contains("c") ? r.flags() : "c" + r.flags();
        return new MetricRow(
                r.jobId(),
                r.runId(),
                r.periodType(),
                r.periodLabel(),
                r.periodStart(),
                r.periodEnd(),
                r.breakdown(),
                r.breakdownValue(),
                r.metricId(),
                null,
                denominatorToo ? null : r.denominator(),
                null,
                null,
                null,
                flags,
                r.status(),
                r.definitionVersion());
    }
}
