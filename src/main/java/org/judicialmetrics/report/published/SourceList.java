package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Numbers each source (outlet and address) as {@code R1}, {@code R2}, ... in the order the report first cites it, so
 * every table row names its sources and grades in a short column and the addresses are listed once.
 */
final class SourceList {

    private record Source(String outlet, String url) {
    }

    private final Map<Source, String> ids = new LinkedHashMap<>();
    private final Map<Source, String> grades = new LinkedHashMap<>();
    private final Set<PublishedFigure> cited = new HashSet<>();

    /** The cell naming the sources of a row, e.g. {@code Court annual report [R3]}. */
    Cell sources(List<PublishedFigure> figures) {
        cited.addAll(figures);
        return Cell.text(figures.stream()
                .map(f -> f.source() + " [" + id(f) + "]")
                .distinct()
                .collect(Collectors.joining("; ")));
    }

    /** The cell with the reliability grades of a row's figures, e.g. {@code B} or {@code A, C}. */
    static Cell grades(List<PublishedFigure> figures) {
        return Cell.text(figures.stream().map(PublishedFigure::reliability).distinct().sorted()
                .collect(Collectors.joining(", ")));
    }

    /** True when a table has shown the figure. */
    boolean cited(PublishedFigure figure) {
        return cited.contains(figure);
    }

    private String id(PublishedFigure f) {
        Source s = new Source(f.source(), f.url());
        grades.merge(s, f.reliability(), (a, b) -> a.contains(b) ? a : a + ", " + b);
        return ids.computeIfAbsent(s, k -> "R" + (ids.size() + 1));
    }

    /** Every source cited so far with its grade and address. */
    ReportTable table(PublishedWords w) {
        List<List<Cell>> rows = new ArrayList<>();
        ids.forEach((s, id) -> rows.add(List.of(Cell.text(id), Cell.text(s.outlet()), Cell.text(grades.get(s)),
                Cell.text(s.url()))));
        return new ReportTable("sources-cited", w.text("published.cited.caption"),
                List.of(Column.text(w.text("published.cited.ref")), Column.text(w.text("published.cited.outlet")),
                        Column.text(w.text("published.column.grade")), Column.text(w.text("published.cited.address"))),
                rows);
    }
}
