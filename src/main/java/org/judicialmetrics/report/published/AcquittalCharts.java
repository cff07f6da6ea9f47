package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.report.chart.ChartTheme;
import org.judicialmetrics.report.chart.CountBarChart;
import org.judicialmetrics.report.chart.RateTrendChart;
import org.judicialmetrics.report.chart.RateTrendChart.Reform;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.chart.TrendPoint;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.PublishedFigures.Denominator;

/**
 * The acquittal charts: the rate on each published denominator as its own line (a change of denominator is a break,
 * so lines never join across it) with interval bands and reform dates, and acquittals by prosecution type.
 */
final class AcquittalCharts {

    private AcquittalCharts() {
    }

    /** The charts' note on years without a published figure, in the edition's words. */
    static String gapNote(PublishedWords w) {
        return w.text("published.gap_note");
    }

    /**
     * One line per denominator; {@code rates} holds each denominator's yearly points from {@code from} to {@code to},
     * and {@code data} is the chart's table (its id is the chart's id).
     */
    static ReportChart rates(Map<Denominator, List<SeriesPoint>> rates, List<Reform> reforms, ReportTable data,
                             int from, int to, String interval, PublishedWords w) {
        List<RateTrendChart.Line> lines = new ArrayList<>();
        rates.forEach((d, points) -> lines.add(new RateTrendChart.Line(w.profile(d.shortLabel()), points(points))));
        JFreeChart chart = RateTrendChart.chart(w.text("published.rates.chart", "from", Integer.toString(from),
                        "to", Integer.toString(to)), w.text("published.rates.axis"), lines, reforms, to - from + 1);
        chart.getXYPlot().getDomainAxis().setLabel(w.text("chart.year"));
        ChartTheme.note(chart, w.text("published.rates.note", "interval", interval));
        return new ReportChart(data.id(), chart, summary(rates, w), data);
    }

    private static List<TrendPoint> points(List<SeriesPoint> series) {
        return series.stream()
                .map(p -> new TrendPoint(p.row().periodLabel(), p.row().periodStart(), p.row().periodEnd(),
                        p.row().value(), p.row().ciLow(), p.row().ciHigh()))
                .toList();
    }

    private static String summary(Map<Denominator, List<SeriesPoint>> rates, PublishedWords w) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Denominator, List<SeriesPoint>> rate : rates.entrySet()) {
            List<SeriesPoint> shown = rate.getValue().stream().filter(SeriesPoint::available).toList();
            if (shown.isEmpty()) {
                continue;
            }
            SeriesPoint first = shown.get(0);
            SeriesPoint last = shown.get(shown.size() - 1);
            String denominator = w.profile(rate.getKey().shortLabel());
            parts.add(shown.size() == 1
                    ? w.text("published.rates.alt_one", "denominator", denominator,
                            "first", Figures.percent(first.row().value()), "first_year", Integer.toString(first.year()))
                    : w.text("published.rates.alt_many", "denominator", denominator,
                            "first", Figures.percent(first.row().value()), "first_year", Integer.toString(first.year()),
                            "last", Figures.percent(last.row().value()), "last_year", Integer.toString(last.year()),
                            "count", Integer.toString(shown.size())));
        }
        return w.text("published.rates.alt", "parts", String.join(w.text("points.separator"), parts));
    }

    /**
     * Acquittals of public and private prosecutions stacked per year, and the total alone where the split is not
     * published; the table gives the numbers and sources.
     */
    static ReportChart publicPrivate(List<SeriesPoint> all, List<SeriesPoint> publicSeries,
                                     List<SeriesPoint> privateSeries, ReportTable data, PublishedWords w) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int first = all.stream().filter(SeriesPoint::available).mapToInt(SeriesPoint::year).min()
                .orElse(Integer.MAX_VALUE);
        List<String> both = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SeriesPoint pub = publicSeries.get(i);
            SeriesPoint priv = privateSeries.get(i);
            if (pub.year() < first) {
                continue;
            }
            boolean split = pub.available() || priv.available();
            String year = Integer.toString(pub.year());
            dataset.addValue(pub.row().numerator(), w.text("published.prosecution.public"), year);
            dataset.addValue(priv.row().numerator(), w.text("published.prosecution.private"), year);
            dataset.addValue(split ? null : all.get(i).row().numerator(), w.text("published.prosecution.total_only"),
                    year);
            if (pub.available() && priv.available()) {
                both.add(w.text("published.prosecution.alt_year", "year", year,
                        "public", Figures.count(pub.row().numerator()),
                        "private", Figures.count(priv.row().numerator())));
            }
        }
        int last = all.get(all.size() - 1).year();
        JFreeChart chart = CountBarChart.chart(w.text("published.prosecution.chart", "from", Integer.toString(first),
                        "to", Integer.toString(last)), w.text("chart.year"), w.text("published.prosecution.axis"),
                dataset, CountBarChart.Layout.STACKED_VERTICAL, gapNote(w));
        String summary = both.isEmpty()
                ? w.text("published.prosecution.alt_none")
                : w.text("published.prosecution.alt", "years", String.join(w.text("points.separator"), both));
        return new ReportChart("acquittals-by-prosecution", chart, summary, data);
    }
}
