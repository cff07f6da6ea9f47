package org.judicialmetrics.metrics;

import java.util.Locale;
import java.util.Optional;
import org.judicialmetrics.period.Period;

/**
 * The few figures of a period the command line prints after a run: the acquittal rate with its interval, exclusion
 * motions granted of decided, and convictions overturned (all breakdown {@code all}).
 */
public record Headline(Period period, MetricRow acquittalRate, MetricRow motionsGranted, MetricRow motionsDecided,
        MetricRow convictionsOverturned) {

    /** The headline of a calendar period of the table; rows missing from the table are null. */
    public static Headline of(MetricTable table, Period period) {
        return new Headline(period, find(table, period, "acquittal_rate"), find(table, period,
                "exclusion_motions_granted"), find(table, period, "exclusion_motions_decided"),
                find(table, period, "convictions_overturned"));
    }

    /**
     * One line, e.g. {@code 2024: acquittal rate 0.044% [0.041%, 0.048%]; exclusion motions granted 3 of 9 decided;
     * convictions overturned 12}; figures not available print as {@code x}.
     */
    public String summary() {
        return String.format(Locale.ROOT, "%s: acquittal rate %s; exclusion motions granted %s of %s decided; "
                        + "convictions overturned %s", period.label(), rate(acquittalRate), count(motionsGranted),
                count(motionsDecided), count(convictionsOverturned));
    }

    private static MetricRow find(MetricTable table, Period period, String metricId) {
        return table.rows(period.type().label(), period.label(), Breakdown.TOTAL, Breakdown.TOTAL).stream()
                .filter(r -> r.metricId().equals(metricId)).findFirst().orElse(null);
    }

    /** The rate with its interval in percent, or its flags (x, z) when it has no value. */
    private static String rate(MetricRow row) {
        if (row == null) {
            return "x";
        }
        if (row.value() == null) {
            return row.flags();
        }
        return String.format(Locale.ROOT, "%.3f%% [%.3f%%, %.3f%%]", 100 * row.value(), 100 * row.ciLow(),
                100 * row.ciHigh());
    }

    private static String count(MetricRow row) {
        return Optional.ofNullable(row).map(MetricRow::numerator).map(String::valueOf).orElse("x");
    }
}
