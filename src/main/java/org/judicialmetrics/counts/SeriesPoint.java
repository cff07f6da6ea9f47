package org.judicialmetrics.counts;

import java.time.LocalDate;
import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.stats.Interval;

/**
 * One year of a series derived from published figures: a metric row (so the report's cells and symbols apply as for
 * any metric) and the published figures it was computed from, whose sources and grades the report shows beside it.
 */
public record SeriesPoint(MetricRow row, List<PublishedFigure> sources) {

    public SeriesPoint {
        sources = List.copyOf(sources);
    }

    /** A year with nothing published: no value, symbol {@code x}. */
    public static SeriesPoint missing(String metricId, String breakdownValue, int year) {
        return new SeriesPoint(row(metricId, breakdownValue, year, null, null, null, null, "x"), List.of());
    }

    /** A year whose count is published but whose denominator is not: the count, and no rate ({@code x}). */
    public static SeriesPoint withoutDenominator(String metricId, String breakdownValue, int year, long numerator,
                                                 List<PublishedFigure> sources) {
        return new SeriesPoint(row(metricId, breakdownValue, year, numerator, null, null, null, "x"), sources);
    }

    /** A published count for the year. */
    public static SeriesPoint count(String metricId, int year, long count, List<PublishedFigure> sources) {
        return new SeriesPoint(row(metricId, "all", year, count, null, (double) count, null, ""), sources);
    }

    /** A rate (or ratio) with its interval, from a numerator and a denominator published for the year. */
    public static SeriesPoint rate(String metricId, String breakdownValue, int year, long numerator, long denominator,
                                   Interval interval, String flags, List<PublishedFigure> sources) {
        return new SeriesPoint(row(metricId, breakdownValue, year, numerator, denominator, interval.estimate(),
                interval, flags), sources);
    }

    /** The same point with one more symbol, e.g. {@code b} for a break in series. */
    public SeriesPoint withFlag(char flag) {
        return new SeriesPoint(row.withFlags(row.flags() + flag), sources);
    }

    public int year() {
        return row.periodStart().getYear();
    }

    public boolean available() {
        return row.value() != null;
    }

    /** These rows are never written to the Parquet metric table, so they carry no job or run id. */
    private static MetricRow row(String metricId, String breakdownValue, int year, Long numerator, Long denominator,
                                 Double value, Interval interval, String flags) {
        return new MetricRow(null, null, "year", Integer.toString(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "all".equals(breakdownValue) ? "all" : "denominator", breakdownValue, metricId, numerator, denominator, value,
                interval == null ? null : interval.low(), interval == null ? null : interval.high(), flags, "final",
                "published-1");
    }
}
