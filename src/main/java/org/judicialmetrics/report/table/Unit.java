package org.judicialmetrics.report.table;

/**
 * What a numeric column counts: it fixes the unit shown in the column's header, the column's CSVW datatype and its
 * decimals in CSV (counts 0; percentages and percentage points 6, which keeps the report's 4 significant digits for
 * any rate or difference of 0.001% or more; sums and medians 2), so every value of a CSV column has the same decimals.
 */
public enum Unit {
    COUNT("count", "integer", 0, "a count"),
    PERCENT("%", "decimal", 6, "a percentage (0 to 100)"),
    POINTS("pp", "decimal", 6, "a difference of percentages, in percentage points"),
    NUMBER("number", "decimal", 2, "a sum or median");

    private final String label;
    private final String datatype;
    private final int csvDecimals;
    private final String meaning;

    Unit(String label, String datatype, int csvDecimals, String meaning) {
        this.label = label;
        this.datatype = datatype;
        this.csvDecimals = csvDecimals;
        this.meaning = meaning;
    }

    /** As shown in headers, e.g. {@code %} in {@code Acquittal rate (%)}. */
    public String label() {
        return label;
    }

    /** The CSVW datatype of a column holding only this unit. */
    public String datatype() {
        return datatype;
    }

    public int csvDecimals() {
        return csvDecimals;
    }

    /** A few words for the CSVW description. */
    public String meaning() {
        return meaning;
    }
}
