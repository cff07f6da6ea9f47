package org.judicialmetrics.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a count table ({@code outcome_counts}, spec section 2.4): the fourth thing a source mapping can
 * produce, beside the three case-level datasets. Declared once here so the mapping loader, the readers and the data
 * dictionary agree.
 */
public final class CountTableSchema {

    /** The name of a count table: its file name in a data root and a mapping's {@code target}. */
    public static final String ID = "outcome_counts";

    private static final List<Column> COLUMNS = build();

    private CountTableSchema() {
    }

    /** The columns every count table has, required ones first, without breakdown columns. */
    public static List<Column> columns() {
        return COLUMNS;
    }

    /**
     * The columns of a count table that breaks its counts down by {@code breakdowns} (a job's: {@code jurisdiction}
     * and the breakdowns of {@code defendant_outcomes}): canonical ones with their codes, declared ones as text.
     */
    public static List<Column> columns(DatasetSchema outcomes, List<String> breakdowns) {
        List<Column> columns = new ArrayList<>(COLUMNS);
        for (String name : breakdowns) {
            Column c = outcomes.column(name).orElse(new Column(name, ColumnType.STRING, false, List.of(),
                    "declared breakdown"));
            columns.add(new Column(c.name(), c.type(), false, c.codes(), c.meaning()));
        }
        return List.copyOf(columns);
    }

    private static List<Column> build() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.required("period", ColumnType.STRING,
                        "a year (2016), a span of years (2013-2017), a quarter (2016-Q1) or a month (2016-03)"),
                Column.required("measure", ColumnType.STRING,
                        "what is counted: an outcome code, or ADJUDICATED for a published total of adjudicated"
                                + " defendants; published-figure tables use their own measure names"),
                Column.required("count", ColumnType.DECIMAL, "the number published (a count, or a rate or amount"
                        + " where the measure says so); a figure not published is left out, never written as 0"),
                Column.optional("unit", ColumnType.STRING, "persons, cases, percent, CNY, ..."),
                Column.optional("reliability", ColumnType.STRING,
                        "A official, B faithful repost or statistical compilation, C commentary"),
                Column.optional("source", ColumnType.STRING, "who published the figure"),
                Column.optional("url", ColumnType.STRING, "where it was published"),
                Column.optional("note", ColumnType.STRING, "how to read the figure"),
                Column.optional("definition", ColumnType.STRING, "what the count covers when the source says (e.g."
                        + " 'persons adjudicated, court statistics'); a change between periods marks a break in series")));
        return List.copyOf(columns);
    }

    /** The canonical columns a mapping with this target produces: a dataset's, or a count table's. */
    public static Optional<List<Column>> targetColumns(String target) {
        if (ID.equals(target)) {
            return Optional.of(columns());
        }
        return Dataset.byId(target == null ? "" : target).map(Dataset::columns);
    }

    /** Every target a mapping may name. */
    public static List<String> targets() {
        List<String> targets = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            targets.add(d.id());
        }
        targets.add(ID);
        return targets;
    }
}
