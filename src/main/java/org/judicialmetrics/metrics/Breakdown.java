package org.judicialmetrics.metrics;

import java.util.List;

/**
 * A dimension metric rows are broken down by, declared once in the job's configuration (a profile or job spec; the
 * built-in lists are {@code JobModel}'s defaults). The aggregation pass, the metric table, the report's breakdown
 * tables and charts, the methodology text and disclosure control all read this one definition. The breakdown's id is
 * also the column it reads; a null or empty value counts as {@value #UNKNOWN}.
 *
 * @param id          the metric table's {@code breakdown} and the column read
 * @param label       the breakdown in words (default: the id in words)
 * @param values      the allowed values, in the order reports list them (empty: any value, listed alphabetically)
 * @param multiValued {@code ;}-separated values; a row counts under each, so shares need not sum to 100%
 * @param chart       the report draws the breakdown as a chart of its dataset's counts (rather than a table)
 */
public record Breakdown(String id, String label, List<String> values, boolean multiValued, boolean chart)
        implements java.io.Serializable {

    /** Breakdown value of the total row, and of {@link #ALL}'s only value. */
    public static final String TOTAL = "all";
    /** Breakdown value of rows whose breakdown column is null or empty. */
    public static final String UNKNOWN = "unknown";
    /** The breakdown of era-comparison rows (not a column): value {@code "<later era> vs <earlier era>"}. */
    public static final String ERA_CHANGE = "era_change";
    /** The total over all rows, first in every dataset's list. */
    public static final Breakdown ALL = new Breakdown(TOTAL, "All", List.of(), false, false);

    public Breakdown {
        values = List.copyOf(values);
    }

    /** The {@value #ERA_CHANGE} value comparing two eras. */
    public static String eraChange(String later, String earlier) {
        return later + ERAS_SEPARATOR + earlier;
    }

    /** The two eras an {@value #ERA_CHANGE} value compares, later first. */
    public static List<String> erasCompared(String eraChange) {
        int at = eraChange.indexOf(ERAS_SEPARATOR);
        return at < 0 ? List.of() : List.of(eraChange.substring(0, at), eraChange.substring(at + ERAS_SEPARATOR.length()));
    }

    private static final String ERAS_SEPARATOR = " vs ";

    /** True for the total. */
    public boolean total() {
        return TOTAL.equals(id);
    }
}
