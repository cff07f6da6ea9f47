package org.judicialmetrics.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Counts per period as bars with their running total as a line on a second axis (e.g. overturned convictions). */
public final class BarsWithCumulativeChart {

    private BarsWithCumulativeChart() {
    }

    public static JFreeChart chart(
            String title,
            String barLabel,
            String lineLabel,
            DefaultCategoryDataset bars,
            DefaultCategoryDataset cumulative) {
        return chart(title, barLabel, lineLabel, bars, cumulative, ChartTheme.WITHHELD_NOTE, false);
    }

    /**
     * The chart, with {@code missingNote} as subtitle when a bar or a point of the line is missing; with
     * {@code sharedAxis} bars and line share the bars' axis, so their heights compare directly.
     */
    public static JFreeChart chart(
            String title,
            String barLabel,
            String lineLabel,
            DefaultCategoryDataset bars,
            DefaultCategoryDataset cumulative,
            String missingNote,
            boolean sharedAxis) {
        BarRenderer barRenderer = new BarRenderer();
        CategoryAxis periods = new CategoryAxis("Year");
        CategoryPlot plot = new CategoryPlot(bars, periods, Axes.count(barLabel), barRenderer);
        plot.setDataset(1, cumulative);
        if (sharedAxis) {
            plot.mapDatasetToRangeAxis(1, 0);
        } else {
            plot.setRangeAxis(1, Axes.count(lineLabel));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        barRenderer.setSeriesPaint(0, Palette.fill(0));
        barRenderer.setMaximumBarWidth(0.06);
        line.setSeriesPaint(0, Palette.colour(1));
        line.setSeriesStroke(0, Palette.line(1));
        line.setSeriesShape(0, Palette.marker(1));
        ChartTheme.noteMissing(chart, missingNote, bars, cumulative);
        if (bars.getColumnCount() > 16) {
            periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }
}
