package org.judicialmetrics.report;

import java.util.List;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/** The methodology section: notes on intervals, rounding and disclosure, the glossary's definitions, the symbols. */
public final class Methodology {

    private Methodology() {
    }

    public static List<String> notes(ReportContext ctx) {
        List<String> notes = new java.util.ArrayList<>(general(ctx));
        if (ctx.input().sources().stream().anyMatch(DataSource::counted)) {
            notes.add("Some figures are computed from a count table of published counts rather than from"
                    + " case-level records. A figure is given only for the periods in which the table publishes every"
                    + " count it needs: a rate whose denominator is not published is not available [x] (its count"
                    + " is still shown where published), never zero; figures that need case-level detail (such as"
                    + " the basis of an acquittal or the links between motions and defendants) are not available."
                    + " Where the definition (or source) of a rate's denominator changes, the rate is marked as a"
                    + " break in series [b] and no change is reported across it.");
        }
        return notes;
    }

    private static List<String> general(ReportContext ctx) {
        var spec = ctx.input().spec();
        String confidence = Figures.percent(spec.confidence()).replace(".000%", "%");
        return List.of(
                "Rates carry " + confidence
                        + " Wilson score intervals. A change between two periods is computed from their numerators and"
                        + " denominators with Newcombe's hybrid score interval for a difference of proportions; it is"
                        + " reported as a rise or fall only when that interval excludes zero, otherwise as within"
                        + " noise. Era comparisons use the same method on whole eras.",
                Figures.METHOD_NOTE,
                "Disclosure control: counts below " + spec.disclosure().minCount()
                        + " are suppressed [c]; in tables whose rows add up to a total, a second cell (the next"
                        + " smallest) is also suppressed wherever a single suppressed cell could be worked out from"
                        + " the total; the same holds for differences that are not printed (defendants not acquitted,"
                        + " motions not granted), and a rate and its numerator are suppressed whenever the numerator,"
                        + " the denominator or their difference is small (17 motions granted of 20 decided would tell"
                        + " that 3 were denied)."
                        + " Rates on fewer"
                        + " than"
                        + " " + spec.reliability().minNumerator() + " events or a denominator under "
                        + spec.reliability().minDenominator() + " are flagged [u].",
                "Trend charts start at the baseline (" + spec.baseline()
                        + ") and mark the start of each era as a dashed vertical line. In CSV tables, numbers are"
                        + " written without thousands separators, with the unit in the column header and the same"
                        + " decimals in every row (counts 0, percentages and percentage points 6, sums and medians 2);"
                        + " a cell shown as a symbol is empty and its letter is in the column's flags column, beside"
                        + " symbols such as u; an interval is a low and a high column; each CSV has a"
                        + " .csv-metadata.json file (CSV on the Web) giving each column's type and unit. Text from"
                        + " the data that begins with =, +, - or @ is prefixed with ' so spreadsheets do not run it as"
                        + " a formula.");
    }

    /** The definitions of the metrics the report shows (those of the datasets the run has). */
    public static ReportTable definitions(ReportContext ctx) {
        List<List<Cell>> rows = ctx.input().glossary().terms().stream().filter(t -> ctx.shows(t.id()))
                .map(t -> List.of(
                        Cell.text(t.label()), Cell.text(t.id()), Cell.text(t.definition()), Cell.text(t.unit())))
                .toList();
        return new ReportTable(
                "definitions",
                "Metric definitions",
                List.of(Column.text("Metric"), Column.text("Id"), Column.text("Definition"), Column.text("Unit")),
                rows);
    }

    /** The cell symbols of spec section 5 ({@link Cell#SYMBOLS}, in order) as {@code [c]} and their meaning. */
    public static List<List<String>> legend(Messages m) {
        return Cell.SYMBOLS.chars().mapToObj(s -> List.of("[" + (char) s + "]", m.text("symbols." + (char) s)))
                .toList();
    }

    public static ReportTable symbols(Messages m) {
        List<List<Cell>> rows = legend(m).stream()
                .map(s -> List.of(Cell.text(s.get(0)), Cell.text(s.get(1))))
                .toList();
        return new ReportTable("symbols", m.text("symbols.caption"),
                List.of(Column.text(m.text("symbols.symbol")), Column.text(m.text("symbols.meaning"))), rows);
    }
}
