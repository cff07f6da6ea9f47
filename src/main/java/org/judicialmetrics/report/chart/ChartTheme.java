package org.judicialmetrics.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/** The one look of every report chart: DejaVu Sans, white background, light gridlines, legend below. */
public final class ChartTheme {

    public static final String FONT = "DejaVu Sans";
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);

    private ChartTheme() {
    }

    public static final String WITHHELD_NOTE = "Values suppressed for confidentiality [c] are left out; see the table.";

    /** Adds a subtitle saying why bars or points are missing when any value of the datasets is withheld. */
    public static void noteWithheld(JFreeChart chart, CategoryDataset... datasets) {
        noteMissing(chart, WITHHELD_NOTE, datasets);
    }

    /** Adds the subtitle {@code note} when any value of the datasets is missing (null). */
    public static void noteMissing(JFreeChart chart, String note, CategoryDataset... datasets) {
        for (CategoryDataset d : datasets) {
            for (int r = 0; r < d.getRowCount(); r++) {
                for (int c = 0; c < d.getColumnCount(); c++) {
                    if (d.getValue(r, c) == null) {
                        note(chart, note);
                        return;
                    }
                }
            }
        }
    }

    /** Adds a one-line note under the title, in the theme's small italic type. */
    public static void note(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, new Font(FONT, Font.ITALIC, 12));
        subtitle.setPaint(TEXT);
        chart.addSubtitle(subtitle);
    }

    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("judicial-metrics");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 15));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinesVisible(false);
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            if (cat.getRenderer() instanceof BarRenderer bars) {
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
            }
        }
        return chart;
    }
}
