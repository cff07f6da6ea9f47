package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.pdf read back with PDFBox: A4 pages, page numbers, selectable headline figures, embedded fonts. */
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
}
