package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.judicialmetrics.report.DataQuality.DatasetQuality;
import org.judicialmetrics.validate.CheckResult;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/** The data-quality section and the cover's source list: rows read, accepted, quarantined by reason; checks. */
public final class QualityTables {

    private QualityTables() {
    }

    public static ReportTable rows(DataQuality quality, Messages m, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DatasetQuality d : quality.datasets()) {
            String reasons = d.quarantinedByReason().entrySet().stream()
                    .map(e -> e.getKey() + ": " + Figures.count(e.getValue()))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(
                    Cell.text(labels.text(d.dataset())),
                    count(d.rowsRead()),
                    count(d.rowsAccepted()),
                    count(d.quarantined()),
                    Cell.text(reasons.isEmpty() ? m.text("quality.none") : reasons)));
        }
        return new ReportTable(
                "data-quality-rows",
                m.text("quality.rows_caption"),
                List.of(
                        Column.text(m.text("sources.dataset")),
                        Column.figure(m.text("quality.rows_read"), Unit.COUNT),
                        Column.figure(m.text("quality.accepted"), Unit.COUNT),
                        Column.figure(m.text("quality.quarantined"), Unit.COUNT),
                        Column.text(m.text("quality.by_reason"))),
                rows);
    }

    public static ReportTable checks(DataQuality quality, Messages m, Labels labels) {
        List<List<Cell>> rows = quality.checks().stream()
                .map(g -> List.of(
                        Cell.text(name(g, m, labels)), Cell.text(m.text(g.passed() ? "quality.passed" : "quality.failed")),
                        Cell.text(detail(g, m, labels))))
                .toList();
        return new ReportTable(
                "data-quality-checks",
                m.text("quality.checks_caption"),
                List.of(Column.text(m.text("quality.check")), Column.text(m.text("quality.result")),
                        Column.text(m.text("quality.detail"))),
                rows);
    }

    public static ReportTable sources(List<DataSource> sources, Messages m, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DataSource s : sources) {
            for (DataSource.SourceFile f : s.files()) {
                rows.add(List.of(Cell.text(labels.text(s.dataset())), Cell.text(f.name()), count(f.rows())));
            }
        }
        return new ReportTable(
                "sources",
                m.text("sources.caption"),
                List.of(Column.text(m.text("sources.dataset")), Column.text(m.text("sources.file")),
                        Column.figure(m.text("sources.rows"), Unit.COUNT)),
                rows);
    }

    /** A check's name in the edition's words where it has them, else as the manifest has it. */
    private static String name(CheckResult g, Messages m, Labels labels) {
        return g.words() == null ? g.name() : m.text("check." + g.words().key(), pairs(g.words(), labels));
    }

    private static String detail(CheckResult g, Messages m, Labels labels) {
        if (g.words() != null) {
            return m.text("check." + g.words().key() + ".detail", pairs(g.words(), labels));
        }
        return g.detail() == null ? "" : g.detail();
    }

    /** The check's values as name-value pairs, a dataset id in the edition's words where the profile has them. */
    private static String[] pairs(CheckResult.Words words, Labels labels) {
        return words.values().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(),
                        "dataset".equals(e.getKey()) ? labels.text(e.getValue()) : e.getValue()))
                .toArray(String[]::new);
    }

    private static Cell count(long n) {
        return Cell.count(n, "");
    }
}
