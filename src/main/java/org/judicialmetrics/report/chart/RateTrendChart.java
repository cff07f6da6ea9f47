package org.judicialmetrics.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A rate over time as a line with its 95% interval as a shaded band, and reform dates as labelled vertical lines. */
public final class RateTrendChart {

    private RateTrendChart() {
    }

    /** A reform date to mark on the time axis. */
    public record Reform(LocalDate date, String label) {
    }

    /** The plotted data: one series, x at each period's midpoint, y and band in percent; withheld points left out. */
    public static YIntervalSeriesCollection dataset(String seriesName, List<TrendPoint> points) {
        YIntervalSeries series = new YIntervalSeries(seriesName);
        for (TrendPoint p : points) {
            if (p.value() != null) {
                double low = p.low() == null ? p.value() : p.low();
                double high = p.high() == null ? p.value() : p.high();
                series.add(p.x(), 100 * p.value(), 100 * low, 100 * high);
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /** One rate drawn as a line; a year without a value ends a segment, so no line bridges a gap. */
    public record Line(String name, List<TrendPoint> points) {
    }

    /**
     * Several rates on one chart, each in its own colour, dash and marker, with its interval band; every run of
     * consecutive values is drawn as its own segment and only the first segment of a line appears in the legend. A
     * single year between gaps has no band to draw, so its interval is drawn as a vertical bar.
     */
    public static JFreeChart chart(
            String title, String valueLabel, List<Line> lines, List<Reform> reforms, int spanYears) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeriesCollection singleYears = new YIntervalSeriesCollection();
        List<Integer> lineOfSeries = new ArrayList<>();
        List<Integer> lineOfSingleYears = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            List<List<TrendPoint>> segments = segments(lines.get(l).points());
            List<TrendPoint> single = new ArrayList<>();
            for (int k = 0; k < segments.size(); k++) {
                String name = lines.get(l).name() + (k == 0 ? "" : " (from " + segments.get(k).get(0).label() + ")");
                dataset.addSeries(dataset(name, segments.get(k)).getSeries(0));
                lineOfSeries.add(l);
                if (segments.get(k).size() == 1) {
                    single.add(segments.get(k).get(0));
                }
            }
            if (!single.isEmpty()) {
                singleYears.addSeries(dataset(lines.get(l).name() + " (single years)", single).getSeries(0));
                lineOfSingleYears.add(l);
            }
        }
        JFreeChart chart = chart(title, valueLabel, dataset, reforms, spanYears);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = (DeviationRenderer) plot.getRenderer();
        for (int s = 0; s < lineOfSeries.size(); s++) {
            style(renderer, s, lineOfSeries.get(s));
            renderer.setSeriesVisibleInLegend(s, s == 0 || !lineOfSeries.get(s).equals(lineOfSeries.get(s - 1)));
        }
        YIntervalRenderer bars = new YIntervalRenderer();
        for (int s = 0; s < lineOfSingleYears.size(); s++) {
            bars.setSeriesPaint(s, Palette.colour(lineOfSingleYears.get(s)));
            bars.setSeriesShape(s, Palette.marker(lineOfSingleYears.get(s)));
            bars.setSeriesStroke(s, new BasicStroke(2f));
            bars.setSeriesVisibleInLegend(s, false);
        }
        plot.setDataset(1, singleYears);
        plot.setRenderer(1, bars);
        return chart;
    }

    public static JFreeChart chart(
            String title, String valueLabel, YIntervalSeriesCollection dataset, List<Reform> reforms, int spanYears) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        DateAxis time = Axes.years("Year", spanYears);
        time.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        XYPlot plot = new XYPlot(dataset, time, Axes.percent(valueLabel), renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        style(renderer, 0, 0);
        renderer.setAlpha(0.3f);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setUpperMargin(0.18);
        Range range = DatasetUtils.findRangeBounds(dataset, true);
        Axes.roundTicks(values, range == null ? 0 : range.getUpperBound() * 1.18);
        Range years = DatasetUtils.findDomainBounds(dataset);
        for (int i = 0; i < reforms.size(); i++) {
            double x = reforms.get(i).date().toEpochDay() * 86_400_000.0;
            boolean labelLeft = years != null && x > years.getLowerBound() + 0.6 * years.getLength();
            plot.addDomainMarker(marker(reforms.get(i), i, labelLeft), Layer.FOREGROUND);
        }
        return chart;
    }

    /** The runs of consecutive points that have a value. */
    private static List<List<TrendPoint>> segments(List<TrendPoint> points) {
        List<List<TrendPoint>> segments = new ArrayList<>();
        List<TrendPoint> run = new ArrayList<>();
        for (TrendPoint p : points) {
            if (p.value() != null) {
                run.add(p);
            } else if (!run.isEmpty()) {
                segments.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            segments.add(run);
        }
        return segments;
    }

    /** Series {@code series} drawn as line {@code line}: its colour, dash, marker and a lighter band. */
    private static void style(DeviationRenderer renderer, int series, int line) {
        renderer.setSeriesPaint(series, Palette.colour(line));
        renderer.setSeriesFillPaint(series, line == 0 ? Palette.colour(4) : Palette.colour(line));
        renderer.setSeriesStroke(series, Palette.line(line));
        renderer.setSeriesShape(series, Palette.marker(line));
    }

    /**
     * A dashed line at the reform date; successive labels step down a line so they never overlap, and a label near
     * the right edge sits left of its line so it stays inside the chart.
     */
    private static ValueMarker marker(Reform reform, int index, boolean labelLeft) {
        ValueMarker marker = new ValueMarker(reform.date().toEpochDay() * 86_400_000.0);
        marker.setPaint(new Color(0x555555));
        marker.setStroke(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        marker.setLabel(reform.label() + " (" + reform.date() + ")");
        marker.setLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 12));
        marker.setLabelPaint(new Color(0x333333));
        marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(4 + 18 * index, 4, 4, 4));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        return marker;
    }
}
