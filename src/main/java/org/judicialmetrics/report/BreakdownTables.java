package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.disclosure.BreakdownSuppression;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Adjudicated defendants, acquittals and the acquittal rate by region, court level, proceeding, prosecution type and
 * offence for the period, with the total last; counts suppressed per column so no withheld cell can be recovered from
 * the total, and a rate withheld whenever its numerator or denominator is.
 */
public final class BreakdownTables {

    public static final List<String> BREAKDOWNS = List.of("region", "court_level", "proceeding", "prosecution_type", "offense_category");

    private BreakdownTables() {
    }

    public static List<ReportTable> build(ReportContext ctx) {
        List<ReportTable> tables = new ArrayList<>();
        for (String breakdown : BREAKDOWNS) {
            List<MetricRow> adjudicated = ctx.index().breakdown(ctx.period(), breakdown, "defendants_adjudicated");
            if (!adjudicated.isEmpty()) {
                tables.add(table(ctx, breakdown, adjudicated.stream().map(MetricRow::breakdownValue).toList()));
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
        boolean[] adjWithheld = suppress(ctx, adjudicated);
        boolean[] acqWithheld = suppress(ctx, acquittals);

        List<List<Cell>> rows = new ArrayList<>();
        FigureCells cells = ctx.cells();
        for (int i = 0; i <= values.size(); i++) {
            boolean rateWithheld = adjWithheld[i] || acqWithheld[i];
            String name = i < values.size() ? Labels.humanize(values.get(i)) : "All";
            rows.add(List.of(Cell.text(name), cells.count(adjudicated.get(i), adjWithheld[i]), cells.count(acquittals.get(i), acqWithheld[i]),
                    cells.rate(rates.get(i), rateWithheld), cells.interval(rates.get(i), rateWithheld)));
        }
        String heading = Labels.humanize(breakdown);
        return new ReportTable("breakdown-" + breakdown, "Acquittals by " + heading.toLowerCase(Locale.ROOT) + ", " + p.label(),
                List.of(Column.text(heading), Column.figure("Adjudicated"), Column.figure("Acquittals"),
                        Column.figure("Acquittal rate (%)"), Column.figure(ctx.ci())), rows);
    }

    /** Withheld flags of a column whose last entry is the total of the others. */
    static boolean[] suppress(ReportContext ctx, List<Optional<MetricRow>> column) {
        List<Long> parts = column.subList(0, column.size() - 1).stream().map(r -> r.map(FigureCells::count).orElse(null)).toList();
        Long total = column.get(column.size() - 1).map(FigureCells::count).orElse(null);
        return BreakdownSuppression.suppress(parts, total, ctx.rules().minCount());
    }
}
