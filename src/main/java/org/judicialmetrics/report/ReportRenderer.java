package org.judicialmetrics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.judicialmetrics.report.chart.ChartFonts;
import org.judicialmetrics.report.chart.ChartImages;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.CsvTableWriter;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Publishes one periodic report into {@code <out>/<job>/<period>/}: {@code index.html} (self-contained, charts as
 * inline SVG data URIs), {@code report.pdf} (same template, PNG charts), {@code tables/*.csv} and
 * {@code charts/*.svg|png}; and {@code index.<language>.html} and {@code report.<language>.pdf} for each further
 * language of the profile.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    /** Renders the report into {@code <outRoot>/<job>/<period>/} and returns that folder. */
    public static Path render(ReportInput input, Path outRoot) throws IOException {
        return renderInto(input, outRoot.resolve(input.spec().id()).resolve(input.period().label()));
    }

    /**
     * Renders the report into the given folder (a run's staging folder, renamed into place when the run succeeds):
     * one edition per language of the job's profile, from the same figures.
     */
    public static Path renderInto(ReportInput input, Path dir) throws IOException {
        List<ReportDocument> editions = input.spec().model().profile().languages().stream()
                .map(language -> ReportContent.of(input, Messages.of(language)).document())
                .toList();
        return renderEditions(editions, dir);
    }

    /** Writes any report document (HTML, PDF, CSV tables, SVG and PNG charts) into the given folder. */
    public static Path renderInto(ReportDocument content, Path dir) throws IOException {
        return renderEditions(List.of(content), dir);
    }

    /**
     * Writes the editions of one report: the first as {@code index.html} and {@code report.pdf} with the CSV tables and
     * chart files, each other one as {@code index.<language>.html} and {@code report.<language>.pdf} (the same chart
     * images), every edition linking to the others. Any report with editions in several languages (the periodic
     * report, the published-figures report) is written here.
     */
    public static Path renderEditions(List<ReportDocument> editions, Path dir) throws IOException {
        ReportDocument primary = editions.get(0);
        Path tables = emptied(dir.resolve("tables"));
        Path charts = emptied(dir.resolve("charts"));
        for (ReportTable table : primary.tables()) {
            CsvTableWriter.write(table, tables);
        }
        List<ReportView.Edition> all = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            all.add(ReportView.Edition.of(editions.get(i).messages(), i == 0, ""));
        }
        for (int i = 0; i < editions.size(); i++) {
            ReportDocument edition = editions.get(i);
            List<ReportView.Edition> others = new ArrayList<>(all);
            ReportView.Edition self = others.remove(i);
            // each edition draws its own chart images, in its words and in a font that has its script
            String font = edition.messages().text("chart.font");
            Map<String, String> svgUris = new LinkedHashMap<>();
            Map<String, String> pngUris = new LinkedHashMap<>();
            for (ReportChart chart : edition.charts()) {
                ChartFonts.inFamily(chart.chart(), font);
                String svg = ChartImages.svg(chart.chart());
                byte[] png = ChartImages.png(chart.chart());
                String name = chart.id() + self.suffix();
                Files.writeString(charts.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
                Files.write(charts.resolve(name + ".png"), png);
                svgUris.put(chart.id(), "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
                pngUris.put(chart.id(), "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            }
            Files.writeString(dir.resolve(self.html()),
                    HtmlReport.render(ReportView.of(edition, svgUris, false, others)), StandardCharsets.UTF_8);
            PdfReport.write(HtmlReport.render(ReportView.of(edition, pngUris, true, others)), dir,
                    dir.resolve(self.pdf()), edition.messages());
        }
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
