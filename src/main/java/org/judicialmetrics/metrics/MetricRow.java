package org.judicialmetrics.metrics;

import java.time.LocalDate;

/**
 * One row of the long metric table (spec section 5), as published to Parquet and read by reports. The field order is
 * the Parquet column order.
 *
 * @param breakdown       {@code all} or a breakdown column such as {@code region}
 * @param breakdownValue  the value within the breakdown ({@code all} for the total)
 * @param numerator       count (or sum) the value is made of; null when not a count
 * @param denominator     denominator of a rate; null for counts, sums and medians
 * @param value           the figure: a rate as a fraction (0.00044, not 0.044%), a count, a sum or a median; null
 *                        when not available ({@code x}) or not applicable ({@code z})
 * @param flags           cell symbols in a fixed order, e.g. {@code "u"} or {@code "cu"}; empty when none
 * @param status          {@code final} or {@code provisional}
 */
public record MetricRow(
        String jobId,
        String runId,
        String periodType,
        String periodLabel,
        LocalDate periodStart,
        LocalDate periodEnd,
        String breakdown,
        String breakdownValue,
        String metricId,
        Long numerator,
        Long denominator,
        Double value,
        Double ciLow,
        Double ciHigh,
        String flags,
        String status,
        String definitionVersion,
        Long contributors) {

    /**
     * A row as the metric table holds it; {@code contributors} (not a column of the table) is, for a sum or a median,
     * the number of rows it is made of, which disclosure control judges as it judges a count (null otherwise).
     */
    public MetricRow(String jobId, String runId, String periodType, String periodLabel, LocalDate periodStart,
            LocalDate periodEnd, String breakdown, String breakdownValue, String metricId, Long numerator,
            Long denominator, Double value, Double ciLow, Double ciHigh, String flags, String status,
            String definitionVersion) {
        this(jobId, runId, periodType, periodLabel, periodStart, periodEnd, breakdown, breakdownValue, metricId,
                numerator, denominator, value, ciLow, ciHigh, flags, status, definitionVersion, null);
    }

    /** The same row with other flags (written in the fixed order by whoever made them). */
    public MetricRow withFlags(String newFlags) {
        return new MetricRow(jobId, runId, periodType, periodLabel, periodStart, periodEnd, breakdown, breakdownValue,
                metricId, numerator, denominator, value, ciLow, ciHigh, newFlags, status, definitionVersion,
                contributors);
    }

    /** The same row of another job and run, under another breakdown value. */
    public MetricRow withRun(String newJobId, String newRunId, String newBreakdown, String newBreakdownValue) {
        return new MetricRow(newJobId, newRunId, periodType, periodLabel, periodStart, periodEnd, newBreakdown,
                newBreakdownValue, metricId, numerator, denominator, value, ciLow, ciHigh, flags, status,
                definitionVersion, contributors);
    }
}
