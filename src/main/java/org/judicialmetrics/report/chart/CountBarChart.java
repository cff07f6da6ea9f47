package org.judicialmetrics.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Counts by category as bars: grouped side by side or stacked, horizontal for long category names. */
public final class CountBarChart {

    private CountBarChart() {
    }

    public enum Layout {
        GROUPED_HORIZONTAL,
        STACKED_VERTICAL
    }

    public static JFreeChart chart(
            String title, String categoryLabel, String valueLabel, DefaultCategoryDataset dataset, Layout layout) {
        return chart(title, categoryLabel, valueLabel, dataset, layout, ChartTheme.WITHHELD_NOTE);
    }

    /** The chart, with {@code missingNote} as subtitle when a value is missing. */
    public static JFreeChart chart(
            String title,
            String categoryLabel,
            String valueLabel,
            DefaultCategoryDataset dataset,
            Layout layout,
            String missingNote) {
        BarRenderer renderer = layout == Layout.STACKED_VERTICAL ? new StackedBarRenderer() : new BarRenderer();
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        CategoryPlot plot = new CategoryPlot(dataset, categories, Axes.count(valueLabel), renderer);
        plot.setOrientation(layout == Layout.STACKED_VERTICAL ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, Palette.fill(s));
        }
        renderer.setMaximumBarWidth(0.12);
        if (layout == Layout.STACKED_VERTICAL && dataset.getColumnCount() > 20) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ChartTheme.noteMissing(chart, missingNote, dataset);
        categories.setCategoryMargin(0.25);
        return chart;
    }
}
