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

    static final String GAP_NOTE = "Years without a published figure [x] are left empty; see the table.";

    private AcquittalCharts() {
    }

    /**
     * One line per denominator; {@code rates} holds each denominator's yearly points from {@code from} to {@code to},
     * and {@code data} is the chart's table (its id is the chart's id).
     */
    static ReportChart rates(Map<Denominator, List<SeriesPoint>> rates, List<Reform> reforms, ReportTable data,
                             int from, int to, String interval) {
        List<RateTrendChart.Line> lines = new ArrayList<>();
        rates.forEach((d, points) -> lines.add(new RateTrendChart.Line(d.shortLabel(), points(points))));
        JFreeChart chart = RateTrendChart.chart("Acquittal rate on each published denominator, " + from + "–" + to,
                "Acquittals per 100 persons (%)", lines, reforms, to - from + 1);
        ChartTheme.note(chart, "Bands (bars for single years): " + interval + ". Separate lines: different"
                + " denominators (a break in series [b]); gaps: no published figure [x].");
        return new ReportChart(data.id(), chart, summary(rates), data);
    }

    private static List<TrendPoint> points(List<SeriesPoint> series) {
        return series.stream()
                .map(p -> new TrendPoint(p.row().periodLabel(), p.row().periodStart(), p.row().periodEnd(),
                        p.row().value(), p.row().ciLow(), p.row().ciHigh()))
                .toList();
    }

    private static String summary(Map<Denominator, List<SeriesPoint>> rates) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Denominator, List<SeriesPoint>> rate : rates.entrySet()) {
            List<SeriesPoint> shown = rate.getValue().stream().filter(SeriesPoint::available).toList();
            if (shown.isEmpty()) {
                continue;
            }
            SeriesPoint first = shown.get(0);
            SeriesPoint last = shown.get(shown.size() - 1);
            parts.add(rate.getKey().shortLabel() + ": " + Figures.percent(first.row().value()) + " in "
                    + first.year() + (shown.size() == 1 ? "" : " and " + Figures.percent(last.row().value())
                    + " in " + last.year()) + " (" + shown.size() + (shown.size() == 1 ? " year" : " years") + ")");
        }
        return "Acquittal rate by denominator. " + String.join("; ", parts) + ".";
    }

    /**
     * Acquittals of public and private prosecutions stacked per year, and the total alone where the split is not
     * published; the table gives the numbers and sources.
     */
    static ReportChart publicPrivate(List<SeriesPoint> all, List<SeriesPoint> publicSeries,
                                     List<SeriesPoint> privateSeries, ReportTable data) {
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
            dataset.addValue(pub.row().numerator(), "Public prosecution", year);
            dataset.addValue(priv.row().numerator(), "Private prosecution", year);
            dataset.addValue(split ? null : all.get(i).row().numerator(), "Total only (split not published)", year);
            if (pub.available() && priv.available()) {
                both.add(year + ": " + Figures.count(pub.row().numerator()) + " public, "
                        + Figures.count(priv.row().numerator()) + " private");
            }
        }
        int last = all.get(all.size() - 1).year();
        JFreeChart chart = CountBarChart.chart("Acquittals by prosecution type, " + first + "–" + last, "Year",
                "Persons acquitted", dataset, CountBarChart.Layout.STACKED_VERTICAL, GAP_NOTE);
        String summary = both.isEmpty()
                ? "No year has both public and private prosecution acquittals published."
                : "Years with both counts published: " + String.join("; ", both) + ".";
        return new ReportChart("acquittals-by-prosecution", chart, summary, data);
    }
}
