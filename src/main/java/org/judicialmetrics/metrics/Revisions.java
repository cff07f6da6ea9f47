package org.judicialmetrics.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flag {@code r} (revised since first published, spec section 5): a row whose figures differ from those the metric
 * table published before for the same period, breakdown and metric, or that was already marked revised. A rerun of a
 * period after late or corrected data thus tells a dashboard which figures changed. Suppressed cells ({@code c}) are
 * not compared, as their figures were not published; nor are rows whose period has other dates (an era still open
 * ends later in each run).
 */
public final class Revisions {
    private Revisions() {
    }

    /** The table with {@code r} on every row revised against the rows published before (any order). */
    public static MetricTable mark(MetricTable table, List<MetricRow> published) {
        if (published.isEmpty()) {
            return table;
        }
        Map<List<String>, MetricRow> before = new HashMap<>();
        published.forEach(r -> before.put(key(r), r));
        return new MetricTable(table.rows().stream().map(r -> revised(r, before.get(key(r))) ? withR(r) : r).toList());
    }

    /** How many rows of the given partitions are marked revised. */
    public static long count(MetricTable table, Set<MetricPartition> partitions) {
        return table.rows().stream().filter(r -> partitions.contains(MetricPartition.of(r)))
                .filter(r -> Flag.parse(r.flags()).contains(Flag.R)).count();
    }

    private static boolean revised(MetricRow now, MetricRow before) {
        if (before == null || !now.periodStart().equals(before.periodStart())
                || !now.periodEnd().equals(before.periodEnd())) {
            return false; // never published, or an open era that now reaches further: a new figure, not a revision
        }
        Set<Flag> earlier = Flag.parse(before.flags());
        if (earlier.contains(Flag.R)) {
            return true;
        }
        if (earlier.contains(Flag.C) || Flag.parse(now.flags()).contains(Flag.C)) {
            return false;
        }
        return !Objects.equals(now.numerator(), before.numerator())
                || !Objects.equals(now.denominator(), before.denominator())
                || !Objects.equals(now.value(), before.value());
    }

    private static MetricRow withR(MetricRow r) {
        Set<Flag> flags = Flag.parse(r.flags());
        flags.add(Flag.R);
        return r.withFlags(Flag.format(flags));
    }

    private static List<String> key(MetricRow r) {
        return List.of(r.periodType(), r.periodLabel(), r.breakdown(), r.breakdownValue(), r.metricId());
    }
}
