package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Suppression of a breakdown table: sibling rows with their total row last, so every column adds up to the total row,
 * and optional relations between columns within each row (decided = granted + not granted). A column may be hidden
 * (not printed, like "not granted"): it still takes part, so a small hidden complement cannot be worked out from the
 * printed cells, and withholding a hidden cell protects a printed one without losing a printed figure.
 */
public final class GridSuppression {

    private GridSuppression() {
    }

    /**
     * @param rows      counts per row (null: not available), the last row the total of the others
     * @param withinRow relations between column indices that hold in every row
     * @return withheld flags per row and column
     */
    public static boolean[][] withTotalRow(List<List<Long>> rows, List<SumConstraint> withinRow, int minCount) {
        return suppress(rows, withinRow, minCount, true, null);
    }

    /**
     * As {@link #withTotalRow}, with cells withheld already (by the whole table's {@link TableDisclosure}), so the
     * table withholds at least what every other public output does.
     */
    public static boolean[][] withTotalRow(List<List<Long>> rows, List<SumConstraint> withinRow, int minCount,
            boolean[][] forced) {
        return suppress(rows, withinRow, minCount, true, forced);
    }

    /** As {@link #withTotalRow}, for rows that have no total row (e.g. one row per period). */
    public static boolean[][] rowsOnly(List<List<Long>> rows, List<SumConstraint> withinRow, int minCount,
            boolean[][] forced) {
        return suppress(rows, withinRow, minCount, false, forced);
    }

    private static boolean[][] suppress(List<List<Long>> rows, List<SumConstraint> withinRow, int minCount,
            boolean totals, boolean[][] forced) {
        int columns = rows.get(0).size();
        int totalRow = rows.size() - 1;
        List<Long> values = new ArrayList<>();
        rows.forEach(values::addAll);
        List<SumConstraint> relations = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (totals && totalRow > 0 && rows.get(totalRow).get(c) != null) {
                List<Integer> parts = new ArrayList<>();
                for (int r = 0; r < totalRow; r++) {
                    parts.add(r * columns + c);
                }
                relations.add(new SumConstraint(totalRow * columns + c, parts));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (SumConstraint rel : withinRow) {
                int base = r * columns;
                if (values.get(base + rel.total()) != null) {
                    relations.add(new SumConstraint(
                            base + rel.total(),
                            rel.parts().stream().map(p -> base + p).toList()));
                }
            }
        }
        boolean[] forcedFlat = new boolean[values.size()];
        for (int r = 0; forced != null && r < rows.size(); r++) {
            System.arraycopy(forced[r], 0, forcedFlat, r * columns, Math.min(columns, forced[r].length));
        }
        boolean[] flat = CellSuppression.suppress(values, relations, minCount, forcedFlat);
        boolean[][] withheld = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(flat, r * columns, withheld[r], 0, columns);
        }
        return withheld;
    }

    /** The complement {@code total - part} of a row, null when either is missing: the hidden "other" column. */
    public static Long complement(Long total, Long part) {
        return total == null || part == null ? null : total - part;
    }
}
