package org.judicialmetrics.report.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table as published: shown in the report and written to {@code tables/<id>.csv}, the same cells in both. Every
 * figure of a column is shown with the same decimals (per unit, as many as its most precise figure needs; in a column
 * with a different metric in each row, each figure keeps its own), and a cell
 * must fit its column: figures only in figure columns of their unit, intervals only in interval columns, symbols only
 * in columns with a flags column.
 *
 * @param id      file name stem, stable across runs
 * @param caption what the table shows, including the period
 */
public record ReportTable(String id, String caption, List<Column> columns, List<List<Cell>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": row of " + row.size() + " cells, " + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                check(id, columns.get(i), row.get(i));
            }
        }
        rows = aligned(columns, rows);
    }

    /**
     * The decimals of a numeric column's values in CSV: its unit's, or for a column of several units the most any unit
     * has (whichever units this period's cells happen to have), so all values of the column have the same decimals and
     * its type does not change from one report to the next.
     */
    public int csvDecimals(int column) {
        Column c = columns.get(column);
        if (c.unit() != null) {
            return c.unit().csvDecimals();
        }
        return Arrays.stream(Unit.values()).mapToInt(Unit::csvDecimals).max().orElseThrow();
    }

    /** The units of a numeric column's figures: its unit, or those its cells have, in {@link Unit} order. */
    public List<Unit> units(int column) {
        Column c = columns.get(column);
        if (c.unit() != null) {
            return List.of(c.unit());
        }
        return rows.stream().map(r -> r.get(column)).filter(Cell::numeric).map(Cell::unit).distinct().sorted()
                .toList();
    }

    /** The CSVW datatype of a column's values. */
    public String datatype(int column) {
        Column c = columns.get(column);
        if (!c.numeric()) {
            return "string";
        }
        return csvDecimals(column) == 0 ? "integer" : "decimal";
    }

    private static void check(String id, Column column, Cell cell) {
        String problem = null;
        if (cell.symbol() != 0 && !column.flagged()) {
            problem = "a symbol in a column without flags";
        } else if (cell.numeric() && !column.numeric()) {
            problem = "a figure in a text column";
        } else if (!cell.numeric() && cell.symbol() == 0 && column.numeric()) {
            problem = "text in a figure column";
        } else if (cell.numeric() && cell.interval() != (column.kind() == Column.Kind.INTERVAL)) {
            problem = cell.interval() ? "an interval in a figure column" : "a figure in an interval column";
        } else if (cell.numeric() && column.unit() != null && cell.unit() != column.unit()) {
            problem = "a figure in " + cell.unit() + " in a column of " + column.unit();
        }
        if (problem != null) {
            throw new IllegalArgumentException(
                    "table " + id + ", column " + column.header() + ": " + problem + " (" + cell.text() + ")");
        }
    }

    /** The rows with each column's figures of one unit shown with the decimals of the most precise of them. */
    private static List<List<Cell>> aligned(List<Column> columns, List<List<Cell>> rows) {
        List<Map<Unit, Integer>> scales = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Map<Unit, Integer> byUnit = new EnumMap<>(Unit.class);
            for (List<Cell> row : rows) {
                Cell cell = row.get(i);
                if (cell.numeric() && !columns.get(i).perRow()) {
                    byUnit.merge(cell.unit(), cell.displayScale(), Math::max);
                }
            }
            scales.add(byUnit);
        }
        List<List<Cell>> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                cells.add(cell.numeric() && !columns.get(i).perRow() ? cell.atScale(scales.get(i).get(cell.unit())) : cell);
            }
            out.add(List.copyOf(cells));
        }
        return List.copyOf(out);
    }
}
