package org.judicialmetrics.report.table;

import java.util.List;

/**
 * A table column. Every column that can hold a symbol ({@code [c]}, {@code [x]}, {@code [z]}) has a companion
 * {@code <title> flags} column in CSV, where the symbol goes instead of the value, so CSV numbers stay numbers; an
 * interval column is two numeric CSV columns ({@code <header> low (<unit>)} and {@code high}) sharing one flags
 * column, and one {@code [a, b]} cell in the report.
 *
 * @param header the column's words, without unit
 * @param unit   the unit of every value in the column; null for text, and for a column whose rows have different
 *               units (given by a Unit column of the table)
 * @param perRow whether each row is a different metric (the headline table), so the report shows each figure with its
 *               own decimals; otherwise all figures of one unit in the column are shown with the same decimals
 */
public record Column(String header, Kind kind, Unit unit, boolean flagged, boolean perRow) {

    /** What a column holds. */
    public enum Kind { TEXT, FIGURE, INTERVAL }

    /** Text that never holds a symbol. */
    public static Column text(String header) {
        return new Column(header, Kind.TEXT, null, false, false);
    }

    /** Text that can be replaced by a symbol, such as a Yes/No verdict on a figure that is withheld. */
    public static Column flaggedText(String header) {
        return new Column(header, Kind.TEXT, null, true, false);
    }

    public static Column figure(String header, Unit unit) {
        return new Column(header, Kind.FIGURE, unit, true, false);
    }

    /** Figures whose unit changes from row to row (a headline table's metrics): shown {@link #byRow}. */
    public static Column mixedFigure(String header) {
        return new Column(header, Kind.FIGURE, null, true, true);
    }

    public static Column interval(String header, Unit unit) {
        return new Column(header, Kind.INTERVAL, unit, true, false);
    }

    /** The same column with a different metric in each row: each figure keeps its own decimals in the report. */
    public Column byRow() {
        return new Column(header, kind, unit, flagged, true);
    }

    public boolean numeric() {
        return kind != Kind.TEXT;
    }

    /** The header as shown: the words and, for a column of one unit, the unit, e.g. {@code Acquittals (count)}. */
    public String title() {
        return title(Unit::label);
    }

    /** The header with the unit as an edition words it ({@code 宣告无罪人数 (数量)}). */
    public String title(java.util.function.Function<Unit, String> unitLabel) {
        return unit == null ? header : header + " (" + unitLabel.apply(unit) + ")";
    }

    /** The CSV headers of the column's values (two for an interval), without the flags column. */
    public List<String> csvHeaders() {
        if (kind == Kind.INTERVAL) {
            String suffix = unit == null ? "" : " (" + unit.label() + ")";
            return List.of(header + " low" + suffix, header + " high" + suffix);
        }
        return List.of(title());
    }

    /** The CSV header of the flags column. */
    public String flagsHeader() {
        return title() + " flags";
    }
}
