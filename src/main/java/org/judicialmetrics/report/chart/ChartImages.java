package org.judicialmetrics.report.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws one chart object to SVG (Batik, Apache-licensed) and to PNG at twice its size for sharp print, both from
 * {@code chart.draw}, so the two images always agree.
 */
public final class ChartImages {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;
    public static final int PNG_SCALE = 2;

    private ChartImages() {
    }

    /**
     * The chart as a standalone SVG document of {@link #WIDTH} x {@link #HEIGHT} user units, text kept as text, without
     * a DOCTYPE (nothing to fetch) and with sans-serif fallbacks where DejaVu Sans is not installed.
     */
    public static String svg(JFreeChart chart) {
        Document doc = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setImageHandler(new PngImageEncoder());
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        Element root = g2.getRoot();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttribute("role", "img");
        StringWriter out = new StringWriter();
        try {
            g2.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString()
                .replaceFirst("<!DOCTYPE[^>]*>\\s*", "")
                .replace(
                        "font-family:'" + ChartTheme.FONT + "'",
                        "font-family:'" + ChartTheme.FONT + "', Verdana, sans-serif")
                // Java's logical SansSerif (an edition in another script): DejaVu, then a font with that script
                .replace("font-family:sans-serif", "font-family:'" + ChartTheme.FONT + "', 'Droid Sans Fallback',"
                        + " 'Noto Sans CJK SC', sans-serif");
    }

    /** The chart as PNG bytes, {@link #PNG_SCALE} times {@link #WIDTH} x {@link #HEIGHT} pixels. */
    public static byte[] png(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(PNG_SCALE, PNG_SCALE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g2.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
