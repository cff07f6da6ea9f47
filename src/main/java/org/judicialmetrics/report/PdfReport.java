package org.judicialmetrics.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * Writes {@code report.pdf} from the same template as the HTML, rendered for print: A4, "Page N of M", table headers
 * repeated on each page, DejaVu Sans embedded so the text is selectable and looks the same everywhere, and tagged
 * (PDF/UA) so assistive technology can read its headings, tables and charts.
 */
public final class PdfReport {

    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {
    }

    /** Renders the XHTML (relative links resolved against {@code dir}) into {@code file}. */
    public static void write(String xhtml, Path dir, Path file) throws IOException {
        write(xhtml, dir, file, Messages.english());
    }

    /** Renders one edition's XHTML, embedding the extra font its language's script needs (its messages name it). */
    public static void write(String xhtml, Path dir, Path file, Messages messages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // PDF/UA: a tagged structure tree (headings, tables with TH/TD, figures with their alt text), the document
            // title and language from the XHTML, so screen readers read the PDF as they read the HTML
            builder.usePdfUaAccessibility(true);
            builder.useUnicodeLineBreaker(new NumberSafeLineBreaker());
            builder.useFont(ReportFonts.regular().toFile(), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(ReportFonts.bold().toFile(), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(ReportFonts.oblique().toFile(), ReportFonts.FAMILY, 400, FontStyle.ITALIC, true);
            String family = messages.text("font.family");
            if (!family.isEmpty()) {
                builder.useFont(ReportFonts.font(messages.text("font.file")).toFile(), family, 400, FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, dir.toUri().toString());
            builder.toStream(out);
            builder.run();
        }
    }
}
