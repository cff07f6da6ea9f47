package org.judicialmetrics.report.table;

/**
 * A table column; {@code flagged} columns get a companion {@code <header> flags} column in CSV, so symbols never turn
 * a number into text.
 */
public record Column(String header, boolean numeric, boolean flagged) {

    public static Column text(String header) {
        return new Column(header, false, false);
    }

    public static Column figure(String header) {
        return new Column(header, true, true);
    }
}
