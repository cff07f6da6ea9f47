package org.judicialmetrics.report.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.judicialmetrics.report.Figures;

/**
 * One published table cell: text, a symbol, a figure or an interval. A figure keeps its unrounded value and unit, so
 * its table can show every figure of a column with the same decimals ({@link #atScale}) and CSV can write it as a bare
 * number; a symbol and the figure's qualifying flags are kept apart from the value, so CSV numbers stay numbers.
 *
 * @param text   as read in HTML and PDF, without flags: {@code 1,234}, {@code 0.05006%}, {@code [c]}
 * @param plain  for CSV: the text cell's full text, or the figure at its unit's CSV decimals; empty for a symbol
 * @param symbol the symbol replacing the value ({@code c x z}), or {@code 0}
 * @param value  the figure in its unit (a percentage, not a fraction), or an interval's low end; null for text
 * @param high   an interval's high end; null otherwise
 * @param signed whether the figure is a change, shown with {@code +} when positive
 * @param flags  qualifying symbols among {@value #SYMBOLS}, e.g. {@code "u"}
 */
public record Cell(String text, String plain, char symbol, Unit unit, BigDecimal value, BigDecimal high,
        boolean signed, String flags) {

    /** Every symbol a cell can carry, in the order flags are written. */
    public static final String SYMBOLS = "cuxzprb";

    public static Cell text(String value) {
        return text(value, value);
    }

    /** Text shown one way and written to CSV in full another way. */
    public static Cell text(String shown, String plain) {
        return new Cell(shown, plain, (char) 0, null, null, null, false, "");
    }

    /** A cell whose value is replaced by a symbol, e.g. {@code [c]} suppressed or {@code [x]} not available. */
    public static Cell symbol(char symbol) {
        return symbol(symbol, "");
    }

    /** A symbol with the qualifying symbols its figure has, e.g. {@code [c]} and {@code u}: CSV flags {@code cu}. */
    public static Cell symbol(char symbol, String flags) {
        if (SYMBOLS.indexOf(symbol) < 0) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        return new Cell("[" + symbol + "]", "", symbol, null, null, null, false, flags);
    }

    public static Cell count(long n, String flags) {
        return figure(Unit.COUNT, BigDecimal.valueOf(n), false, flags);
    }

    /** A change of a count, e.g. {@code +1,234}. */
    public static Cell countChange(long difference) {
        return figure(Unit.COUNT, BigDecimal.valueOf(difference), true, "");
    }

    /** A fraction shown as a percentage, e.g. 0.0005006 as {@code 0.05006%}. */
    public static Cell percent(double fraction, String flags) {
        return figure(Unit.PERCENT, Figures.asPercent(fraction), false, flags);
    }

    /** A difference of fractions in percentage points, e.g. {@code +0.01074 pp}. */
    public static Cell points(double difference) {
        return figure(Unit.POINTS, Figures.asPercent(difference), true, "");
    }

    /** A sum or a median. */
    public static Cell number(double value, String flags) {
        return figure(Unit.NUMBER, BigDecimal.valueOf(value), false, flags);
    }

    /** An interval of fractions, in {@link Unit#PERCENT} or (of differences) {@link Unit#POINTS}. */
    public static Cell interval(double low, double high, Unit unit) {
        if (unit != Unit.PERCENT && unit != Unit.POINTS) {
            throw new IllegalArgumentException("an interval of rates or of their differences, not " + unit);
        }
        BigDecimal lo = Figures.asPercent(low);
        BigDecimal hi = Figures.asPercent(high);
        int scale = Math.max(displayScale(unit, lo), displayScale(unit, hi));
        return new Cell("", "", (char) 0, unit, lo, hi, unit == Unit.POINTS, "").atScale(scale);
    }

    private static Cell figure(Unit unit, BigDecimal value, boolean signed, String flags) {
        return new Cell("", "", (char) 0, unit, value, null, signed, flags).atScale(displayScale(unit, value));
    }

    /** Whether the cell holds a figure or an interval (not text, not a symbol). */
    public boolean numeric() {
        return value != null;
    }

    public boolean interval() {
        return high != null;
    }

    /** Whether the cell is withheld by disclosure control ({@code [c]}). */
    public boolean withheld() {
        return symbol == 'c';
    }

    /** The decimals the report would show this figure with on its own (for an interval, its more precise end). */
    public int displayScale() {
        if (!numeric()) {
            return 0;
        }
        return interval() ? Math.max(displayScale(unit, value), displayScale(unit, high)) : displayScale(unit, value);
    }

    /** The same figure shown with the given decimals (counts always have none). */
    public Cell atScale(int scale) {
        if (!numeric()) {
            return this;
        }
        String shown = interval()
                ? unit == Unit.POINTS
                        ? "[" + shown(value, scale, true) + ", " + shown(high, scale, true) + "] pp"
                        : "[" + shown(value, scale, false) + "%, " + shown(high, scale, false) + "%]"
                : shown(value, scale, signed) + (unit == Unit.PERCENT ? "%" : unit == Unit.POINTS ? " pp" : "");
        return new Cell(shown, csv(value, unit.csvDecimals()), symbol, unit, value, high, signed, flags);
    }

    /** A figure (or an interval end, {@code high}) as a bare CSV number with the given decimals. */
    public String csv(boolean highEnd, int decimals) {
        BigDecimal v = highEnd ? high : value;
        return v == null ? "" : csv(v, decimals);
    }

    /** The symbol and the flags in CSV: {@code c} for a withheld cell, {@code u} beside an unreliable rate. */
    public String csvFlags() {
        StringBuilder sb = new StringBuilder();
        for (char s : SYMBOLS.toCharArray()) {
            if (s == symbol || flags.indexOf(s) >= 0) {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** The cell as read in HTML and PDF: the value followed by its symbols, e.g. {@code 0.350% [u]}. */
    public String display() {
        StringBuilder sb = new StringBuilder(text);
        for (char f : flags.toCharArray()) {
            sb.append(" [").append(f).append(']');
        }
        return sb.toString();
    }

    private static int displayScale(Unit unit, BigDecimal value) {
        return switch (unit) {
            case COUNT -> 0;
            case NUMBER -> Unit.NUMBER.csvDecimals();
            case PERCENT, POINTS -> Figures.percentScale(value);
        };
    }

    private String shown(BigDecimal v, int scale, boolean withSign) {
        String s = switch (unit) {
            case COUNT -> Figures.count(v.longValueExact());
            case NUMBER -> Figures.decimal(v.doubleValue());
            case PERCENT, POINTS -> v.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
        };
        return withSign && v.setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
    }

    private static String csv(BigDecimal v, int decimals) {
        return v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
