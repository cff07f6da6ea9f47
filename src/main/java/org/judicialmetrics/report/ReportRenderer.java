package org.judicialmetrics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.judicialmetrics.report.chart.ChartImages;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.CsvTableWriter;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Publishes one periodic report into {@code <out>/<job>/<period>/}: {@code index.html} (self-contained, charts as
 * inline SVG data URIs), {@code report.pdf} (same template, PNG charts), {@code tables/*.csv} and
 * {@code charts/*.svg|png}.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    /** Renders the report into {@code <outRoot>/<job>/<period>/} and returns that folder. */
    public static Path render(ReportInput input, Path outRoot) throws IOException {
        return renderInto(input, outRoot.resolve(input.spec().id()).resolve(input.period().label()));
    }

    /** Renders the report into the given folder (a run's staging folder, renamed into place when the run succeeds). */
    public static Path renderInto(ReportInput input, Path dir) throws IOException {
        return renderInto(ReportContent.of(input).document(), dir);
    }

    /** Writes any report document (HTML, PDF, CSV tables, SVG and PNG charts) into the given folder. */
    public static Path renderInto(ReportDocument content, Path dir) throws IOException {
        Path tables = emptied(dir.resolve("tables"));
        Path charts = emptied(dir.resolve("charts"));
        for (ReportTable table : content.tables()) {
            CsvTableWriter.write(table, tables);
        }
        Map<String, String> svgUris = new LinkedHashMap<>();
        Map<String, String> pngUris = new LinkedHashMap<>();
        for (ReportChart chart : content.charts()) {
            String svg = ChartImages.svg(chart.chart());
            byte[] png = ChartImages.png(chart.chart());
            Files.writeString(charts.resolve(chart.id() + ".svg"), svg, StandardCharsets.UTF_8);
            Files.write(charts.resolve(chart.id() + ".png"), png);
            svgUris.put(
                    chart.id(),
                    "data:image/svg+xml;base64,"
                            + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
            pngUris.put(
                    chart.id(), "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        }
        Files.writeString(
                dir.resolve("index.html"),
                HtmlReport.render(ReportView.of(content, svgUris, false)),
                StandardCharsets.UTF_8);
        PdfReport.write(HtmlReport.render(ReportView.of(content, pngUris, true)), dir, dir.resolve("report.pdf"));
        return dir;
    }

    /** The folder, created or emptied of an earlier run's files so a re-run leaves no stale table or chart. */
    private static Path emptied(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
        return folder;
    }
}
