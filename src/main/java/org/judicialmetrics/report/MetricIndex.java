package org.judicialmetrics.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;

/** The long metric table keyed for the report's look-ups: one row per period, breakdown cell and metric. */
public final class MetricIndex {

    public static final String ALL = "all";
    public static final String ERA_CHANGE = "era_change";

    private final List<MetricRow> rows;
    private final Map<String, MetricRow> byKey = new HashMap<>();

    public MetricIndex(List<MetricRow> rows) {
        this.rows = rows;
        for (MetricRow r : rows) {
            byKey.put(key(r.periodType(), r.periodLabel(), r.breakdown(), r.breakdownValue(), r.metricId()), r);
        }
    }

    /** The metric's total for a period. */
    public Optional<MetricRow> total(Period period, String metricId) {
        return cell(period.type().label(), period.label(), ALL, ALL, metricId);
    }

    public Optional<MetricRow> cell(
            String periodType, String periodLabel, String breakdown, String value, String metricId) {
        return Optional.ofNullable(byKey.get(key(periodType, periodLabel, breakdown, value, metricId)));
    }

    /** The breakdown's rows of a metric in a period, ordered by breakdown value. */
    public List<MetricRow> breakdown(Period period, String breakdown, String metricId) {
        return rows.stream()
                .filter(r -> r.periodType().equals(period.type().label())
                        && r.periodLabel().equals(period.label())
                        && r.breakdown().equals(breakdown)
                        && r.metricId().equals(metricId))
                .sorted(Comparator.comparing(MetricRow::breakdownValue))
                .toList();
    }

    /** A metric's totals of every period of the type up to {@code last}, oldest first. */
    public List<MetricRow> series(Period last, String metricId) {
        return rows.stream()
                .filter(r -> r.periodType().equals(last.type().label())
                        && r.breakdown().equals(ALL)
                        && r.metricId().equals(metricId)
                        && !r.periodStart().isAfter(last.start()))
                .sorted(Comparator.comparing(MetricRow::periodStart))
                .toList();
    }

    /** Era-comparison rows (difference between consecutive eras with its Newcombe interval), in input order. */
    public List<MetricRow> eraChanges() {
        return rows.stream().filter(r -> r.breakdown().equals(ERA_CHANGE)).toList();
    }

    private static String key(String periodType, String periodLabel, String breakdown, String value, String metricId) {
        return periodType + '\u0000' + periodLabel + '\u0000' + breakdown + '\u0000' + value + '\u0000' + metricId;
    }
}
