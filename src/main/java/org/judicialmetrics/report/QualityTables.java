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

    public static ReportTable rows(DataQuality quality) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DatasetQuality d : quality.datasets()) {
            String reasons = d.quarantinedByReason().entrySet().stream()
                    .map(e -> e.getKey() + ": " + Figures.count(e.getValue()))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(
                    Cell.text(d.dataset()),
                    count(d.rowsRead()),
                    count(d.rowsAccepted()),
                    count(d.quarantined()),
                    Cell.text(reasons.isEmpty() ? "None" : reasons)));
        }
        return new ReportTable(
                "data-quality-rows",
                "Rows read, accepted and quarantined per dataset",
                List.of(
                        Column.text("Dataset"),
                        Column.figure("Rows read", Unit.COUNT),
                        Column.figure("Accepted", Unit.COUNT),
                        Column.figure("Quarantined", Unit.COUNT),
                        Column.text("Quarantined by reason")),
                rows);
    }

    public static ReportTable checks(DataQuality quality) {
        List<List<Cell>> rows = quality.checks().stream()
                .map(g -> List.of(
                        Cell.text(g.name()), Cell.text(g.passed() ? "Passed" : "Failed"), Cell.text(detail(g))))
                .toList();
        return new ReportTable(
                "data-quality-checks",
                "Quality checks and their results",
                List.of(Column.text("Check"), Column.text("Result"), Column.text("Detail")),
                rows);
    }

    public static ReportTable sources(List<DataSource> sources) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DataSource s : sources) {
            for (DataSource.SourceFile f : s.files()) {
                rows.add(List.of(Cell.text(s.dataset()), Cell.text(f.name()), count(f.rows())));
            }
        }
        return new ReportTable(
                "sources",
                "Data sources read by this run",
                List.of(Column.text("Dataset"), Column.text("File"), Column.figure("Rows", Unit.COUNT)),
                rows);
    }

    private static String detail(CheckResult g) {
        return g.detail() == null ? "" : g.detail();
    }

    private static Cell count(long n) {
        return Cell.count(n, "");
    }
}
