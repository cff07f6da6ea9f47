package org.judicialmetrics.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The Okabe-Ito colour-blind-safe palette, with a marker shape, a dash pattern and a fill texture per series so that
 * no series is told apart by colour alone.
 */
public final class Palette {

    private static final Color[] COLOURS = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xD55E00), // vermillion
        new Color(0xF0E442), // yellow
        new Color(0x000000),
    };
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};

    private Palette() {
    }

    public static Color colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    public static Stroke line(int series) {
        float[] dash = DASHES[series % DASHES.length];
        return dash == null
                ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    public static Shape marker(int series) {
        double s = 7;
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> triangle(s);
            default -> diamond(s);
        };
    }

    /** Bar fill: plain for the first series, hatched or dotted for the next, so bars differ without colour too. */
    public static Paint fill(int series) {
        Color c = colour(series);
        if (series % 3 == 0) {
            return c;
        }
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(c);
        g.fillRect(0, 0, 8, 8);
        g.setColor(Color.WHITE);
        if (series % 3 == 1) {
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(0, 8, 8, 0);
            g.drawLine(-4, 4, 4, -4);
            g.drawLine(4, 12, 12, 4);
        } else {
            g.fillOval(2, 2, 3, 3);
        }
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }

    private static Shape triangle(double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -s / 2);
        p.lineTo(s / 2, s / 2);
        p.lineTo(-s / 2, s / 2);
        p.closePath();
        return p;
    }

    private static Shape diamond(double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -s / 1.6);
        p.lineTo(s / 1.6, 0);
        p.lineTo(0, s / 1.6);
        p.lineTo(-s / 1.6, 0);
        p.closePath();
        return p;
    }
}
