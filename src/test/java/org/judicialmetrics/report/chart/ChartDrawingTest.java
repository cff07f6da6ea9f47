package org.judicialmetrics.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.judicialmetrics.report.ReportContent;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Every chart of the fixture's report draws to PNG and SVG at the stated size without error. */
class ChartDrawingTest {

    @Test
    void everyChartDrawsAtTheRightSize() throws Exception {
        List<ReportChart> charts =
                ReportContent.of(ReportFixture.national().input()).charts();
        assertThat(charts)
                .extracting(ReportChart::id)
                .containsExactly(
                        "trend-acquittal_rate",
                        "trend-withdrawal_ratio",
                        "trend-exclusion_grant_rate",
                        "exclusion-decisions",
                        "exclusion-stage",
                        "exclusion-evidence_type",
                        "exclusion-alleged_method",
                        "overturned-convictions");
        for (ReportChart chart : charts) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart.chart())));
            assertThat(png.getWidth()).isEqualTo(1800);
            assertThat(png.getHeight()).isEqualTo(1000);
            Element svg = parse(ChartImages.svg(chart.chart()));
            assertThat(svg.getTagName()).isEqualTo("svg");
            assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 900 500");
            assertThat(svg.getAttribute("width")).isEqualTo("900");
            assertThat(chart.summary()).isNotBlank().endsWith(".");
            assertThat(chart.title()).containsPattern("20\\d\\d");
        }
    }

    @Test
    void svgTextIsTextNotPaths() throws Exception {
        ReportChart trend =
                ReportContent.of(ReportFixture.national().input()).charts().get(0);
        assertThat(ChartImages.svg(trend.chart()))
                .contains(">Acquittal rate, 2012–2025<", "2017 exclusion rules (2017-06-27)");
    }

    private static Element parse(String svg) throws IOException, Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement();
    }
}
