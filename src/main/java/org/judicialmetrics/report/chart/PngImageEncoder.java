package org.judicialmetrics.report.chart;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds raster parts of a chart (the hatched bar fills) in the SVG as base64 PNG written by the JDK's ImageIO, so
 * batik-svggen needs no batik-codec.
 */
final class PngImageEncoder extends ImageHandlerBase64Encoder {

    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new SVGGraphics2DIOException(e);
        }
    }
}
