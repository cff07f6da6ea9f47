package org.judicialmetrics.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/**
 * What the Mustache template sees: plain strings and lists only, so every value from the data reaches the page
 * through the template's HTML escaping.
 *
 * @param forPrint true for the PDF: the print stylesheet and PNG charts
 */
public record ReportView(
        String kicker,
        String title,
        String period,
        String periodRange,
        String asOf,
        String generatedAt,
        String status,
        String runId,
        TableView sources,
        List<String> mainPoints,
        List<SectionView> sections,
        boolean forPrint) {

    private static final int KEEP_TOGETHER_ROWS = 12;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The view of a report document, charts shown through the given image URIs (by chart id). */
    public static ReportView of(ReportDocument content, Map<String, String> imageUris, boolean forPrint) {
        Cover cover = content.cover();
        List<SectionView> sections = content.sections().stream()
                .map(s -> new SectionView(
                        s.id(),
                        s.heading(),
                        s.paragraphs(),
                        s.charts().stream()
                                .map(c -> figure(c, imageUris.get(c.id())))
                                .toList(),
                        s.tables().stream().map(ReportView::table).toList()))
                .toList();
        return new ReportView(
                cover.kicker(),
                cover.title(),
                cover.period(),
                cover.periodRange(),
                cover.asOf(),
                STAMP.format(cover.generatedAt()),
                cover.status(),
                cover.runId(),
                table(content.sources()),
                content.mainPoints(),
                sections,
                forPrint);
    }

    private static FigureView figure(ReportChart chart, String imageUri) {
        return new FigureView(chart.id(), chart.title(), chart.summary(), imageUri, table(chart.data()));
    }

    static TableView table(ReportTable t) {
        List<HeaderView> headers = t.columns().stream()
                .map(c -> new HeaderView(c.title(), c.numeric()))
                .toList();
        List<RowView> rows = t.rows().stream()
                .map(r -> {
                    List<CellView> cells = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        Column c = t.columns().get(i);
                        Cell cell = r.get(i);
                        cells.add(new CellView(cell.display(), c.numeric()));
                    }
                    return new RowView(cells);
                })
                .toList();
        return new TableView(
                t.id(), t.caption(), "tables/" + t.id() + ".csv", headers, rows, rows.size() <= KEEP_TOGETHER_ROWS);
    }

    /** The cover's facts: what kind of report, its title, period, dates, status and run. */
    public record Cover(
            String kicker,
            String title,
            String period,
            String periodRange,
            String asOf,
            Instant generatedAt,
            String status,
            String runId) {

        /** The cover of a periodic report. */
        public static Cover of(ReportInput in) {
            return new Cover(
                    "Periodic report",
                    in.spec().title(),
                    in.period().label(),
                    in.period().start() + " to " + in.period().end(),
                    in.asOf().toString(),
                    in.generatedAt(),
                    in.provisional() ? "Provisional: figures may be revised" : "Final",
                    in.runId());
        }
    }

    /** A section of the body. */
    public record SectionView(
            String id, String heading, List<String> paragraphs, List<FigureView> figures, List<TableView> tables) {
            }

    /** A chart with its caption (the summary, also its alt text) and its data table. */
    public record FigureView(String id, String title, String summary, String imageUri, TableView table) {
    }

    /** A table with a link to its CSV; {@code keepTogether} for short tables that print on one page. */
    public record TableView(
            String id,
            String caption,
            String csv,
            List<HeaderView> headers,
            List<RowView> rows,
            boolean keepTogether) {
            }

    public record HeaderView(String text, boolean numeric) {
    }

    public record RowView(List<CellView> cells) {
    }

    public record CellView(String text, boolean numeric) {
    }
}
