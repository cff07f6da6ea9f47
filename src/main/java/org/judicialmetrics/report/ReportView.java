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
 * @param lang     the edition's language tag, for {@code <html lang>} and the PDF's language
 * @param words    the template's fixed words in the edition's language ({@code page.*} messages)
 * @param font     the edition's extra font family for its script, or empty
 * @param editions the report's other editions, to link to
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
        boolean forPrint,
        String lang,
        Map<String, String> words,
        String font,
        List<Edition> editions) {

    /** Another language's edition of the same report: its language tag and name, and its files. */
    public record Edition(String language, String name, String html, String pdf, String suffix) {

        /**
         * The edition of a language in {@code folder} ("" or "2025/"): the first as index.html, others by their
         * suffix ({@code .zh}), which their chart files carry too.
         */
        public static Edition of(Messages m, boolean first, String folder) {
            String suffix = first ? "" : "." + m.language();
            return new Edition(m.text("language.tag"), m.text("language.name"),
                    folder + "index" + suffix + ".html", folder + "report" + suffix + ".pdf", suffix);
        }
    }

    /** Whether the report has other editions to link to (for the template). */
    public boolean hasEditions() {
        return !editions.isEmpty();
    }

    private static final int KEEP_TOGETHER_ROWS = 12;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The view of a report document, charts shown through the given image URIs (by chart id). */
    public static ReportView of(ReportDocument content, Map<String, String> imageUris, boolean forPrint) {
        return of(content, imageUris, forPrint, List.of());
    }

    /** The view of one edition, linking to the report's other editions. */
    public static ReportView of(ReportDocument content, Map<String, String> imageUris, boolean forPrint,
                                List<Edition> editions) {
        Messages messages = content.messages();
        Cover cover = content.cover();
        List<SectionView> sections = content.sections().stream()
                .map(s -> new SectionView(
                        s.id(),
                        s.heading(),
                        s.paragraphs(),
                        s.charts().stream()
                                .map(c -> figure(c, imageUris.get(c.id()), messages))
                                .toList(),
                        s.tables().stream().map(t -> table(t, messages)).toList()))
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
                table(content.sources(), messages),
                content.mainPoints(),
                sections,
                forPrint,
                messages.text("language.tag"),
                messages.group("page"),
                messages.text("font.family"),
                editions);
    }

    private static FigureView figure(ReportChart chart, String imageUri, Messages m) {
        return new FigureView(chart.id(), chart.title(), chart.summary(), imageUri, table(chart.data(), m));
    }

    /** A table as an edition shows it: its units in the edition's words. */
    static TableView table(ReportTable t, Messages m) {
        List<HeaderView> headers = t.columns().stream()
                .map(c -> new HeaderView(c.title(u -> m.text("unit." + u.name().toLowerCase(Locale.ROOT))),
                        c.numeric()))
                .toList();
        List<RowView> rows = t.rows().stream()
                .map(r -> {
                    List<CellView> cells = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        Column c = t.columns().get(i);
                        Cell cell = r.get(i);
                        cells.add(new CellView(cell.display(), c.numeric(), i == 0));
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

        /** The cover of a periodic report in the English edition. */
        public static Cover of(ReportInput in) {
            return of(in, Messages.english());
        }

        /** The cover of a periodic report in an edition's language. */
        public static Cover of(ReportInput in, Messages m) {
            return new Cover(
                    m.text("cover.kicker"),
                    Labels.in(in.spec().model().profile(), m.language()).text(in.spec().title()),
                    m.period(in.period()),
                    m.text("cover.range", "start", in.period().start().toString(), "end", in.period().end().toString()),
                    in.asOf().toString(),
                    in.generatedAt(),
                    m.text(in.provisional() ? "cover.provisional" : "cover.final"),
                    in.runId());
        }
    }

    /** A section of the body. */
    public record SectionView(
            String id, String heading, List<String> paragraphs, List<FigureView> figures, List<TableView> tables) {
            }

    /** A chart with its caption (its title), its alt text (a summary of its data) and its data table. */
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

    /** A body cell; the first of each row is its row header ({@code <th scope="row">}), read out with each value. */
    public record CellView(String text, boolean numeric, boolean rowHeader) {
    }
}
