package org.judicialmetrics.report.published;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.counts.AcquittalSeries;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.spec.PublishedFigures.Denominator;

/**
 * The acquittal series the report draws from, computed once over the report's years so every part agrees.
 *
 * @param rates each denominator's rates, in the profile's order
 */
record PublishedSeries(List<SeriesPoint> acquittals, Map<Denominator, List<SeriesPoint>> rates,
                       List<SeriesPoint> combined) {

    static PublishedSeries of(AcquittalSeries series, PublishedFigures published, int from, int to) {
        Map<Denominator, List<SeriesPoint>> rates = new LinkedHashMap<>();
        published.denominators().forEach(d -> rates.put(d, series.rates(d, from, to)));
        return new PublishedSeries(series.acquittals(from, to), rates, series.combined(from, to));
    }
}
