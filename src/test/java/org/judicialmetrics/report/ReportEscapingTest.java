package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values from the data are text, never markup or formulas: in HTML, in the PDF and in CSV. */
class ReportEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path out;

    @Test
    void markupInARegionNameShowsAsText() throws IOException {
        Path dir = ReportRenderer.render(
                ReportFixture.national()
                        .regionNamed(SCRIPT)
                        .title("Reports & <b>stats</b>")
                        .input(),
                out);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html)
                .doesNotContain(SCRIPT)
                .doesNotContain("<b>stats</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Reports &amp; &lt;b&gt;stats&lt;/b&gt;");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(SCRIPT, "Reports & <b>stats</b>");
        }
        assertThat(Files.readString(dir.resolve("tables/breakdown-region.csv"))).contains(SCRIPT + ",240000");
    }

    @Test
    void formulaLikeTextFromTheDataIsInertInCsv() throws IOException {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        String csv = Files.readString(dir.resolve("tables/breakdown-offense_category.csv"));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",9000,");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("&#61;HYPERLINK(&quot;http://x&quot;)");
        String headline = Files.readString(dir.resolve("tables/headline.csv"));
        assertThat(headline).contains("Withdrawal ratio,%,0.190171,,0.191011,,-0.000840,,-0.010345,0.008659,");
    }
}
