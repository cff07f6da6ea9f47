package org.judicialmetrics.report.table;

import java.util.List;

/**
 * A table as published: shown in the report and written to {@code tables/<id>.csv}, the same cells in both.
 *
 * @param id      file name stem, stable across runs
 * @param caption what the table shows, including the period
 */
public record ReportTable(String id, String caption, List<Column> columns, List<List<Cell>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": row of " + row.size() + " cells, " + columns.size() + " columns");
            }
        }
    }
}
