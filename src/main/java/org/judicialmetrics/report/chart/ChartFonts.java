package org.judicialmetrics.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
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
        Parts parts = plot instanceof CategoryPlot p ? new Parts(p.getDomainAxisCount(), p::getDomainAxis,
                p.getRangeAxisCount(), p::getRangeAxis, p.getRendererCount(), p::getRenderer,
                Math.max(1, p.getDatasetCount()), p::getDomainMarkers, p::getRangeMarkers)
                : plot instanceof XYPlot p ? new Parts(p.getDomainAxisCount(), p::getDomainAxis,
                p.getRangeAxisCount(), p::getRangeAxis, p.getRendererCount(), p::getRenderer,
                Math.max(1, p.getDatasetCount()), p::getDomainMarkers, p::getRangeMarkers)
                : null;
        if (parts == null) {
            return chart;
        }
        List<Axis> axes = new ArrayList<>();
        IntStream.range(0, parts.domainAxes()).forEach(i -> axes.add(parts.domainAxis().apply(i)));
        IntStream.range(0, parts.rangeAxes()).forEach(i -> axes.add(parts.rangeAxis().apply(i)));
        List<Object> renderers = new ArrayList<>();
        IntStream.range(0, parts.renderers()).forEach(i -> renderers.add(parts.renderer().apply(i)));
        List<Collection<?>> markers = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            for (int i = 0; i < parts.datasets(); i++) {
                markers.add(parts.domainMarkers().apply(i, layer));
                markers.add(parts.rangeMarkers().apply(i, layer));
            }
        }
        axes.forEach(a -> axis(a, family));
        for (Object r : renderers) {
            if (r instanceof AbstractRenderer renderer && renderer.getDefaultItemLabelFont() != null) {
                renderer.setDefaultItemLabelFont(in(renderer.getDefaultItemLabelFont(), family));
            }
        }
        markers.forEach(m -> markers(m, family));
        return chart;
    }

    /** What of a category or an XY plot carries text: JFreeChart gives the two no common interface for it. */
    private record Parts(int domainAxes, IntFunction<? extends Axis> domainAxis, int rangeAxes,
            IntFunction<? extends Axis> rangeAxis, int renderers, IntFunction<?> renderer, int datasets,
            BiFunction<Integer, Layer, Collection<?>> domainMarkers,
            BiFunction<Integer, Layer, Collection<?>> rangeMarkers) {
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
