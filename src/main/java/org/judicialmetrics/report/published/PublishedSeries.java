package org.judicialmetrics.report.published;

import java.util.List;
import org.judicialmetrics.counts.AcquittalSeries;
import org.judicialmetrics.counts.Denominator;
import org.judicialmetrics.counts.SeriesPoint;

/** The acquittal series the report draws from, computed once over the report's years so every part agrees. */
record PublishedSeries(List<SeriesPoint> acquittals, List<SeriesPoint> yearbook, List<SeriesPoint> effectiveJudgments,
                       List<SeriesPoint> sentenced, List<SeriesPoint> combined) {

    static PublishedSeries of(AcquittalSeries series, int from, int to) {
        return new PublishedSeries(series.acquittals(from, to),
                series.rates(Denominator.YEARBOOK_ADJUDICATED, from, to),
                series.rates(Denominator.EFFECTIVE_JUDGMENTS, from, to),
                series.rates(Denominator.PERSONS_SENTENCED, from, to),
                series.combined(from, to));
    }

    /** The rate series in {@link Denominator} order. */
    List<List<SeriesPoint>> byDenominator() {
        return List.of(yearbook, effectiveJudgments, sentenced);
    }
}
