package org.judicialmetrics.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.Methodology;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.util.Json;

/**
 * {@code <job>/dashboard.html}: one page that opens from disk with no network, the public metric rows embedded as
 * JSON and the uPlot chart library inlined from its webjar on the classpath; the reader picks a metric, a breakdown
 * and a range of periods and sees a chart and a table of the rows.
 */
public final class DashboardPage {

    private static final String TEMPLATE = "dashboard/dashboard.html";
    private static final String WEBJAR = "META-INF/resources/webjars/uplot/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/uplot/pom.properties";

    /**
     * The columns of the metric table the page shows, in the order of each embedded row: a row is an array, not an
     * object, so that the names are not repeated some 50,000 times (a job with many breakdowns).
     */
    static final List<String> COLUMNS = List.of("metric_id", "breakdown", "breakdown_value", "period_type",
            "period_label", "value", "ci_low", "ci_high", "flags", "status");

    private DashboardPage() {
    }

    /** Writes the page of the job's public rows to {@code file}, in one write. */
    public static void write(Location file, String title, List<MetricRow> publicRows,
                             List<MetricDictionary.Entry> dictionary) {
        file.writeString(html(title, publicRows, dictionary));
    }

    /** The page: the template with the title, the data and the chart library put in. */
    public static String html(String title, List<MetricRow> publicRows, List<MetricDictionary.Entry> dictionary) {
        String dist = WEBJAR + uplotVersion() + "/dist/";
        return resource(TEMPLATE)
                .replace("/*UPLOT_CSS*/", resource(dist + "uPlot.min.css"))
                .replace("/*UPLOT_JS*/", resource(dist + "uPlot.iife.min.js"))
                .replace("@TITLE@", escapeHtml(title))
                .replace("@DATA@", data(title, publicRows, dictionary)); // last: nothing is looked for in the data
    }

    /**
     * The embedded JSON: the dictionary, the symbols and the rows ({@link #COLUMNS} of each) sorted by metric,
     * breakdown, value, period type and start; safe inside a script.
     */
    static String data(String title, List<MetricRow> rows, List<MetricDictionary.Entry> dictionary) {
        List<MetricRow> sorted = rows.stream().sorted(Comparator.comparing(MetricRow::metricId)
                .thenComparing(MetricRow::breakdown).thenComparing(MetricRow::breakdownValue)
                .thenComparing(MetricRow::periodType).thenComparing(MetricRow::periodStart)
                .thenComparing(MetricRow::periodLabel)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("definitions", dictionary);
        data.put("symbols", Methodology.legend(org.judicialmetrics.report.Messages.english()));
        data.put("columns", COLUMNS);
        data.put("rows", sorted.stream().map(r -> java.util.Arrays.asList(r.metricId(), r.breakdown(),
                r.breakdownValue(), r.periodType(), r.periodLabel(), r.value(), r.ciLow(), r.ciHigh(), r.flags(),
                r.status())).toList());
        try {
            String json = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
            // <, > and & only occur inside JSON strings, where the escapes mean the same: no text can close the script
            return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard data: " + e.getMessage(), e);
        }
    }

    private static String uplotVersion() {
        Properties pom = new Properties();
        try (InputStream in = open(WEBJAR_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (the uPlot webjar and the dashboard"
                    + " template are packaged with the application)");
        }
        return in;
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
