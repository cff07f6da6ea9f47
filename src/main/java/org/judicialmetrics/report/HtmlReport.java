package org.judicialmetrics.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;

/**
 * Renders the report view through the one template, {@code report/report.mustache}: Mustache escapes every value for
 * HTML, and the output is well-formed XHTML so the PDF renderer can read the same page.
 */
public final class HtmlReport {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("report.mustache");

    private HtmlReport() {
    }

    public static String render(ReportView view) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }
}
