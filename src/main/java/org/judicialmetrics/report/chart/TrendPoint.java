package org.judicialmetrics.report.chart;

import java.time.LocalDate;

/** One period of a rate trend: the published rate and its interval as fractions (null value: not shown). */
public record TrendPoint(String label, LocalDate start, LocalDate end, Double value, Double low, Double high) {

    /** The period's midpoint on the time axis, in epoch milliseconds (UTC). */
    public double x() {
        long days = (start.toEpochDay() + end.toEpochDay() + 1) / 2;
        return days * 86_400_000.0;
    }
}
