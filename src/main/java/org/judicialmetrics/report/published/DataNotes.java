package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/** The data notes of the published-figures report: how figures, gaps, spans and intervals are shown, and the grades. */
final class DataNotes {

    private DataNotes() {
    }

    /**
     * @param confidence    the intervals' level as a label, e.g. {@code 95%}
     * @param notes         the profile's notes on the count table's sources
     * @param quotesChinese true when a note quotes text the report shows as {@value SeriesTables#CHINESE_TEXT}
     */
    static List<String> paragraphs(String confidence, List<String> notes, boolean quotesChinese, PublishedWords w) {
        List<String> paragraphs = new ArrayList<>(List.of(
                w.text("published.notes.sources"),
                w.text("published.notes.gaps"),
                w.text("published.notes.intervals", "confidence", confidence,
                        "rounding", w.text("method.rounding"))));
        notes.forEach(n -> paragraphs.add(w.profile(n)));
        if (quotesChinese) {
            paragraphs.add(w.text("published.notes.chinese", "symbol", SeriesTables.CHINESE_TEXT));
        }
        return paragraphs;
    }

    /** The profile's reliability grades and their meanings. */
    static ReportTable grades(Map<String, String> meanings, PublishedWords w) {
        List<List<Cell>> rows = new ArrayList<>();
        meanings.forEach((grade, meaning) -> rows.add(List.of(Cell.text(grade), Cell.text(w.profile(meaning)))));
        return new ReportTable("reliability-grades", w.text("published.grades.caption"),
                List.of(Column.text(w.text("published.column.grade")), Column.text(w.text("published.grades.meaning"))),
                rows);
    }
}
