package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report read as XML, as assistive technology reads it: every body row of every table opens with its row
 * header, and each chart's alt text summarises the chart's own data table rather than repeating its caption.
 */
class ReportAccessibilityTest {

    @TempDir
    Path out;

    @Test
    void everyTableRowHasARowHeaderAndEveryChartAnAltTextFromItsData() throws Exception {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document html = factory.newDocumentBuilder().parse(dir.resolve("index.html").toFile());

        NodeList bodies = html.getElementsByTagName("tbody");
        assertThat(bodies.getLength()).isGreaterThan(10);
        int rows = 0;
        for (int b = 0; b < bodies.getLength(); b++) {
            for (Element tr : children((Element) bodies.item(b), "tr")) {
                Element first = firstElement(tr);
                assertThat(first.getTagName()).as("first cell of a row of %s",
                        ((Element) bodies.item(b).getParentNode()).getAttribute("id")).isEqualTo("th");
                assertThat(first.getAttribute("scope")).isEqualTo("row");
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(50);

        NodeList figures = html.getElementsByTagName("figure");
        assertThat(figures.getLength()).isGreaterThan(3);
        for (int f = 0; f < figures.getLength(); f++) {
            Element figure = (Element) figures.item(f);
            String alt = ((Element) figure.getElementsByTagName("img").item(0)).getAttribute("alt");
            String caption = figure.getElementsByTagName("figcaption").item(0).getTextContent();
            assertThat(alt).isNotBlank().isNotEqualTo(caption).doesNotContain("[c]");
        }

        // the trend's alt text names its first, last, lowest and highest points, as its data table gives them
        Element trend = html.getElementById("chart-trend-acquittal_rate");
        if (trend == null) {
            trend = byId(figures, "chart-trend-acquittal_rate");
        }
        List<String[]> points = new ArrayList<>();
        Element body = (Element) trend.getElementsByTagName("tbody").item(0);
        for (Element tr : children(body, "tr")) {
            String period = firstElement(tr).getTextContent();
            String rate = tr.getElementsByTagName("td").item(0).getTextContent();
            if (!rate.startsWith("[")) {
                points.add(new String[] {period, rate.split(" ")[0]});
            }
        }
        Comparator<String[]> byRate = Comparator.comparingDouble(p -> Double.parseDouble(p[1].replace("%", "")));
        String[] low = points.stream().min(byRate).orElseThrow();
        String[] high = points.stream().max(byRate).orElseThrow();
        String alt = ((Element) trend.getElementsByTagName("img").item(0)).getAttribute("alt");
        assertThat(alt)
                .startsWith("Line chart: Acquittal rate was " + points.get(0)[1] + " in " + points.get(0)[0])
                .contains(points.get(points.size() - 1)[1] + " in " + points.get(points.size() - 1)[0])
                .contains("lowest in " + low[0] + " (" + low[1] + ")")
                .contains("highest in " + high[0] + " (" + high[1] + ")");
    }

    private static Element byId(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element firstElement(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty " + parent.getTagName());
    }
}
