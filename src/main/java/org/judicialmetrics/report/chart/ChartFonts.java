package org.judicialmetrics.report.chart;

import java.awt.Font;
import java.util.Collection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Sets every text of a chart in another font family, each at its own size and style, so an edition whose script
 * {@link ChartTheme#FONT} lacks (Chinese) draws its words rather than empty boxes.
 */
public final class ChartFonts {

    private ChartFonts() {
    }

    /** The chart with its titles, legend, axes, item labels and markers in {@code family}; the same chart for its own. */
    public static JFreeChart inFamily(JFreeChart chart, String family) {
        if (family.equals(ChartTheme.FONT)) {
            return chart;
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(in(chart.getTitle().getFont(), family));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                text.setFont(in(text.getFont(), family));
            } else if (t instanceof LegendTitle legend) {
                legend.setItemFont(in(legend.getItemFont(), family));
            }
        }
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i), family);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i), family);
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                CategoryItemRenderer r = p.getRenderer(i);
                if (r != null && r.getDefaultItemLabelFont() != null) {
                    r.setDefaultItemLabelFont(in(r.getDefaultItemLabelFont(), family));
                }
            }
            for (int i = 0; i < p.getDatasetCount(); i++) {
                markers(p.getDomainMarkers(i, Layer.FOREGROUND), family);
                markers(p.getDomainMarkers(i, Layer.BACKGROUND), family);
                markers(p.getRangeMarkers(i, Layer.FOREGROUND), family);
                markers(p.getRangeMarkers(i, Layer.BACKGROUND), family);
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i), family);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i), family);
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                if (r != null && r.getDefaultItemLabelFont() != null) {
                    r.setDefaultItemLabelFont(in(r.getDefaultItemLabelFont(), family));
                }
            }
            for (int i = 0; i < Math.max(1, p.getDatasetCount()); i++) {
                markers(p.getDomainMarkers(i, Layer.FOREGROUND), family);
                markers(p.getDomainMarkers(i, Layer.BACKGROUND), family);
                markers(p.getRangeMarkers(i, Layer.FOREGROUND), family);
                markers(p.getRangeMarkers(i, Layer.BACKGROUND), family);
            }
        }
        return chart;
    }

    private static void axis(Axis axis, String family) {
        if (axis != null) {
            axis.setLabelFont(in(axis.getLabelFont(), family));
            axis.setTickLabelFont(in(axis.getTickLabelFont(), family));
        }
    }

    private static void markers(Collection<?> markers, String family) {
        if (markers != null) {
            for (Object m : markers) {
                Marker marker = (Marker) m;
                marker.setLabelFont(in(marker.getLabelFont(), family));
            }
        }
    }

    private static Font in(Font font, String family) {
        return new Font(family, font.getStyle(), font.getSize());
    }
}
