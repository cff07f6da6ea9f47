package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricRow;

/**
 * The published-figures report's yearly series as rows of the metric table (spec section 5), so a dashboard reads
 * them as it reads a periodic job's: {@code acquittals}; {@code acquittal_rate} by {@code all} (the combined series,
 * {@code b} where its denominator changes) and by {@code denominator} (each published denominator); and every other
 * measure published as a yearly count, under its own name, year by year with {@code x} where nothing was published.
 * Percentages and multi-year totals are left to the report's tables.
 */
final class PublishedMetricRows {

    private static final String DENOMINATOR = "denominator";

    private PublishedMetricRows() {
    }

    static List<MetricRow> of(CountTable table, PublishedSeries s, int from, int to, String jobId, String runId) {
        List<MetricRow> rows = new ArrayList<>();
        s.acquittals().forEach(p -> rows.add(p.row().withRun(jobId, runId, Breakdown.TOTAL, Breakdown.TOTAL)));
        s.combined().forEach(p -> rows.add(p.row().withRun(jobId, runId, Breakdown.TOTAL, Breakdown.TOTAL)));
        for (List<SeriesPoint> series : s.rates().values()) {
            series.forEach(p -> rows.add(p.row().withRun(jobId, runId, DENOMINATOR, p.row().breakdownValue())));
        }
        Set<String> derived = new TreeSet<>();
        rows.forEach(r -> derived.add(r.metricId()));
        Set<String> measures = new TreeSet<>();
        table.figures().stream().filter(PublishedFigure::yearly).map(PublishedFigure::measure)
                .filter(m -> !derived.contains(m)).forEach(measures::add);
        table.figures().stream().filter(f -> "percent".equals(f.unit())).map(PublishedFigure::measure)
                .forEach(measures::remove);
        for (String measure : measures) {
            table.yearly(measure, from, to)
                    .forEach(p -> rows.add(p.row().withRun(jobId, runId, Breakdown.TOTAL, Breakdown.TOTAL)));
        }
        return rows;
    }
}
