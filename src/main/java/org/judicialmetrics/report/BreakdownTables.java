package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.disclosure.GridSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Adjudicated defendants, acquittals and the acquittal rate by region, court level, proceeding, prosecution type and
 * offence for the period, with the total last; counts suppressed so that no withheld cell can be recovered from the
 * total or from the defendants not acquitted, and a rate withheld whenever its numerator or denominator is.
 */
public final class BreakdownTables {

    public static final List<String> BREAKDOWNS =
            List.of("region", "court_level", "proceeding", "prosecution_type", "offense_category");

    private BreakdownTables() {
    }

    public static List<ReportTable> build(ReportContext ctx) {
        List<ReportTable> tables = new ArrayList<>();
        for (String breakdown : BREAKDOWNS) {
            List<MetricRow> adjudicated = ctx.index().breakdown(ctx.period(), breakdown, "defendants_adjudicated");
            if (!adjudicated.isEmpty()) {
                tables.add(table(
                        ctx,
                        breakdown,
                        adjudicated.stream().map(MetricRow::breakdownValue).toList()));
            }
        }
        return tables;
    }

    private static ReportTable table(ReportContext ctx, String breakdown, List<String> values) {
        Period p = ctx.period();
        String pt = p.type().label();
        List<Optional<MetricRow>> adjudicated = new ArrayList<>();
        List<Optional<MetricRow>> acquittals = new ArrayList<>();
        List<Optional<MetricRow>> rates = new ArrayList<>();
        for (String v : values) {
            adjudicated.add(ctx.index().cell(pt, p.label(), breakdown, v, "defendants_adjudicated"));
            acquittals.add(ctx.index().cell(pt, p.label(), breakdown, v, "acquittals"));
            rates.add(ctx.index().cell(pt, p.label(), breakdown, v, "acquittal_rate"));
        }
        adjudicated.add(ctx.total(p, "defendants_adjudicated"));
        acquittals.add(ctx.total(p, "acquittals"));
        rates.add(ctx.total(p, "acquittal_rate"));
        boolean[][] withheld = suppress(ctx, adjudicated, acquittals);

        List<List<Cell>> rows = new ArrayList<>();
        FigureCells cells = ctx.cells();
        for (int i = 0; i <= values.size(); i++) {
            boolean adjWithheld = withheld[i][0];
            boolean acqWithheld = withheld[i][1];
            boolean rateWithheld = adjWithheld || acqWithheld;
            String name = i < values.size() ? Labels.humanize(values.get(i)) : "All";
            rows.add(List.of(
                    Cell.text(name),
                    cells.count(adjudicated.get(i), adjWithheld),
                    cells.count(acquittals.get(i), acqWithheld),
                    cells.rate(rates.get(i), rateWithheld),
                    cells.interval(rates.get(i), rateWithheld)));
        }
        String heading = Labels.humanize(breakdown);
        return new ReportTable(
                "breakdown-" + breakdown,
                "Acquittals by " + heading.toLowerCase(Locale.ROOT) + ", " + p.label(),
                List.of(
                        Column.text(heading),
                        Column.figure("Adjudicated"),
                        Column.figure("Acquittals"),
                        Column.figure("Acquittal rate (%)"),
                        Column.figure(ctx.ci())),
                rows);
    }

    /**
     * Withheld flags per row of a table whose columns (each ending with the total) are {@code whole, part}: the hidden
     * complement {@code whole - part} (e.g. defendants not acquitted) takes part, so it cannot reveal a small count.
     */
    private static boolean[][] suppress(
            ReportContext ctx, List<Optional<MetricRow>> whole, List<Optional<MetricRow>> part) {
        List<List<Long>> grid = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            Long w = whole.get(i).map(FigureCells::count).orElse(null);
            Long p = part.get(i).map(FigureCells::count).orElse(null);
            grid.add(Arrays.asList(w, p, GridSuppression.complement(w, p)));
        }
        return GridSuppression.withTotalRow(
                grid, List.of(new SumConstraint(0, List.of(1, 2))), ctx.rules().minCount());
    }
}
