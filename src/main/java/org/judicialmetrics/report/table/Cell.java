package org.judicialmetrics.report.table;

/**
 * One published table cell in its two forms: {@code text} for reading (thousands separators, units) and {@code plain}
 * for CSV (bare number), with its flag symbols kept apart so CSV numbers stay numbers.
 *
 * @param numeric true for figures the report formatted itself; only non-numeric text is guarded in CSV
 * @param flags   cell symbols among {@code c u x z p r b}, e.g. {@code "u"}
 */
public record Cell(String text, String plain, boolean numeric, String flags) {

    public static Cell text(String value) {
        return new Cell(value, value, false, "");
    }

    public static Cell number(String text, String plain, String flags) {
        return new Cell(text, plain, true, flags);
    }

    /** A cell whose value is replaced by a symbol, e.g. {@code [c]} suppressed or {@code [x]} not available. */
    public static Cell symbol(char symbol) {
        String shown = "[" + symbol + "]";
        return new Cell(shown, shown, false, "");
    }

    /** Whether the cell is withheld by disclosure control ({@code [c]}). */
    public boolean withheld() {
        return "[c]".equals(text);
    }

    /** The cell as read in HTML and PDF: the value followed by its symbols, e.g. {@code 0.350% [u]}. */
    public String display() {
        StringBuilder sb = new StringBuilder(text);
        for (char f : flags.toCharArray()) {
            sb.append(" [").append(f).append(']');
        }
        return sb.toString();
    }
}
