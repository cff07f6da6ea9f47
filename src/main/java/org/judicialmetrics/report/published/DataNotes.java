package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.report.Figures;
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
    static List<String> paragraphs(String confidence, List<String> notes, boolean quotesChinese) {
        List<String> paragraphs = new ArrayList<>(List.of(
                "Every figure is shown as published by its source, with the outlet (numbered [R..], addresses in the"
                        + " table below) and a reliability grade. Counts are national totals; they are public and are"
                        + " not suppressed.",
                "A year without a published figure is shown as [x] (not available), never as zero. Figures"
                        + " published only for a span of years are listed as spans and never divided over the years.",
                "Rates carry a " + confidence + " Wilson score interval; it reflects only the binomial uncertainty of"
                        + " the count, not errors in the published figures themselves. " + org.judicialmetrics.report.Messages.english().text("method.rounding")));
        paragraphs.addAll(notes);
        if (quotesChinese) {
            paragraphs.add("Notes that quote the Chinese original are kept in full in the CSV tables; in this report"
                    + " the Chinese characters are shown as " + SeriesTables.CHINESE_TEXT + ".");
        }
        return paragraphs;
    }

    /** The profile's reliability grades and their meanings. */
    static ReportTable grades(Map<String, String> meanings) {
        List<List<Cell>> rows = new ArrayList<>();
        meanings.forEach((grade, meaning) -> rows.add(List.of(Cell.text(grade), Cell.text(meaning))));
        return new ReportTable("reliability-grades", "Reliability grades",
                List.of(Column.text("Grade"), Column.text("Meaning")), rows);
    }
}
