package org.judicialmetrics.metrics;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The few figures of a period the command line prints after a run: the metrics the configuration shows in the summary
 * ({@code show: summary}; for {@code cn} the acquittal rate, the exclusion grant rate and convictions overturned), by
 * {@code all}.
 *
 * @param figures each metric with its row of the period (null where the table has none)
 */
public record Headline(org.judicialmetrics.period.Period period, List<Figure> figures) {

    /** A metric and its row. */
    public record Figure(MetricDefinition metric, MetricRow row) {
    }

    /** The headline of a calendar period of the table. */
    public static Headline of(MetricTable table, org.judicialmetrics.period.Period period, MetricRegistry registry) {
        List<Figure> figures = registry.all().stream().filter(m -> m.shownIn(MetricDefinition.SUMMARY))
                .map(m -> new Figure(m, find(table, period, m.id()))).toList();
        return new Headline(period, figures);
    }

    /**
     * One line, e.g. {@code 2024: acquittal rate 0.044% [0.041%, 0.048%] (631 of 1431585); exclusion grant rate ...;
     * convictions overturned 12}; figures not available print as {@code x}.
     */
    public String summary() {
        return period.label() + ": " + figures.stream().map(f -> label(f.metric()) + " " + figure(f))
                .collect(Collectors.joining("; "));
    }

    private static String label(MetricDefinition m) {
        return (m.label() != null ? m.label() : m.id().replace('_', ' ')).toLowerCase(Locale.ROOT);
    }

    private static MetricRow find(MetricTable table, org.judicialmetrics.period.Period period, String metricId) {
        return table.rows(period.type().label(), period.label(), Breakdown.TOTAL, Breakdown.TOTAL).stream()
                .filter(r -> r.metricId().equals(metricId)).findFirst().orElse(null);
    }

    /** A rate with its interval in percent and its counts, a ratio in percent, a count; flags (x, z) without a value. */
    private static String figure(Figure f) {
        MetricRow row = f.row();
        if (row == null) {
            return "x";
        }
        if (!f.metric().kind().divides()) {
            return row.value() == null ? row.flags() : row.numerator() != null ? String.valueOf(row.numerator())
                    : String.format(Locale.ROOT, "%.2f", row.value());
        }
        String counts = row.numerator() == null ? "" : " (" + row.numerator() + " of "
                + (row.denominator() == null ? "x" : row.denominator()) + ")";
        if (row.value() == null) {
            return row.flags() + counts;
        }
        String interval = row.ciLow() == null ? ""
                : String.format(Locale.ROOT, " [%.3f%%, %.3f%%]", 100 * row.ciLow(), 100 * row.ciHigh());
        return String.format(Locale.ROOT, "%.3f%%", 100 * row.value()) + interval + counts;
    }
}
