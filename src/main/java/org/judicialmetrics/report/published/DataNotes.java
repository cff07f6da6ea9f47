package org.judicialmetrics.report.published;

import java.util.List;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/** The data notes of the published-figures report: how figures, gaps, spans and intervals are shown, and the grades. */
final class DataNotes {

    private DataNotes() {
    }

    /** @param confidence the intervals' level as a label, e.g. {@code 95%} */
    static List<String> paragraphs(String confidence) {
        return List.of(
                "Every figure is shown as published by its source, with the outlet (numbered [R..], addresses in the"
                        + " table below) and a reliability grade. Counts are national totals; they are public and are"
                        + " not suppressed.",
                "A year without a published figure is shown as [x] (not available), never as zero. Figures"
                        + " published only for a span of years are listed as spans and never divided over the years.",
                "Rates carry a " + confidence + " Wilson score interval; it reflects only the binomial uncertainty of"
                        + " the count, not errors in the published figures themselves. " + Figures.METHOD_NOTE,
                "When several sources publish the same figure for a year, the best graded one is used; the other is"
                        + " listed among the other published figures. References such as S18 inside a note are the"
                        + " compiler's own source numbers, not the [R..] references of this report.",
                "Notes that quote the Chinese original are kept in full in the CSV tables; in this report the Chinese"
                        + " characters are shown as " + SeriesTables.CHINESE_TEXT + ".");
    }

    static ReportTable grades() {
        return new ReportTable("reliability-grades", "Reliability grades",
                List.of(Column.text("Grade"), Column.text("Meaning")),
                List.of(List.of(Cell.text("A"), Cell.text("Official: the Supreme People's Court or Procuratorate's"
                                + " own report or site, or state media carrying it in full")),
                        List.of(Cell.text("B"), Cell.text("A faithful repost of an official source, or a compiler of"
                                + " the China Law Yearbook (e.g. Dui Hua)")),
                        List.of(Cell.text("C"), Cell.text("Commentary or a secondary citation: use with care"))));
    }
}
