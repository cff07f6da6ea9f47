package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf read back with PDFBox: A4 pages, page numbers, selectable headline figures, embedded fonts, and its
 * PDF/UA structure (tags for headings, tables with row headers, figures with alt text).
 */
class ReportPdfTest {

    @TempDir
    Path out;

    @Test
    void pdfHasTheHeadlineFiguresAsTextOnNumberedA4Pages() throws IOException {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            assertThat(text)
                    .contains("Page 1 of " + pages, "Page " + pages + " of " + pages)
                    .contains("National judicial metrics", "Headline figures")
                    .contains("1,638,000", "0.05006%", "[0.04675%, 0.05361%]")
                    .contains("Acquittal rate rose from 0.04332% in 2024 to 0.05006% in 2025");
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            pdf.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded())
                            .isTrue();
                    assertThat(pdf.getPage(0).getResources().getFont(name).getName())
                            .contains("DejaVuSans");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void pdfIsTaggedWithHeadingsTablesWithRowHeadersAndFiguresWithTheirDataSummary() throws IOException {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("National judicial metrics");
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).contains("H1", "H2", "Table", "TR", "TH", "TD", "Figure");
            // a body row starts with its row header: a TR whose first cell is a TH and whose others are TDs
            long rowsWithHeader = elements.stream().filter(e -> "TR".equals(e.getStructureType()))
                    .map(ReportPdfTest::cells)
                    .filter(c -> c.size() > 1 && c.get(0).equals("TH") && c.subList(1, c.size()).contains("TD"))
                    .count();
            assertThat(rowsWithHeader).isGreaterThan(20);
            List<String> alts = elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(alts).isNotEmpty().allSatisfy(alt -> assertThat(alt).isNotBlank());
            assertThat(alts).anySatisfy(alt -> assertThat(alt)
                    .startsWith("Line chart: Acquittal rate was").contains("0.05006% in 2025"));
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                into.add(e);
                collect(e, into);
            }
        }
    }

    private static List<String> cells(PDStructureElement row) {
        return row.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(k -> ((PDStructureElement) k).getStructureType()).toList();
    }
}
