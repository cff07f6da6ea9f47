package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.disclosure.GridSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Adjudicated defendants, acquittals and the acquittal rate for the period by each breakdown the job declares for
 * {@code defendant_outcomes}, with the total last, and a column for each metric of that dataset the configuration shows
 * in breakdowns ({@code show: breakdowns}); counts suppressed so that no withheld cell can be recovered from the
 * total or from the defendants not acquitted, and a rate withheld whenever its numerator or denominator is.
 */
public final class BreakdownTables {

    private BreakdownTables() {
    }

    public static List<ReportTable> build(ReportContext ctx) {
        List<ReportTable> tables = new ArrayList<>();
        for (Breakdown breakdown : ctx.input().spec().model().breakdowns(Dataset.DEFENDANT_OUTCOMES)) {
            if (breakdown.total() || breakdown.chart()) {
                continue;
            }
            List<MetricDefinition> shown = shown(ctx);
            boolean acquittals = ACQUITTAL_COLUMNS.stream().allMatch(id -> ctx.metrics().byId(id).isPresent());
            String first = acquittals ? ACQUITTAL_COLUMNS.get(0) : shown.isEmpty() ? null : shown.get(0).id();
            List<MetricRow> rows = first == null ? List.of() : ctx.index().breakdown(ctx.period(), breakdown.id(), first);
            if (!rows.isEmpty()) {
                List<String> values = Labels.ordered(breakdown, rows.stream().map(MetricRow::breakdownValue).toList());
                tables.add(acquittals ? table(ctx, breakdown, values) : shownOnly(ctx, breakdown, values, shown));
            }
        }
        return tables;
    }

    /** The metrics a job with the acquittal metrics shows in its breakdown tables whatever its configuration says. */
    private static final List<String> ACQUITTAL_COLUMNS = List.of("defendants_adjudicated", "acquittals",
            "acquittal_rate");

    /** The metrics of {@code defendant_outcomes} the configuration shows in breakdowns. */
    private static List<MetricDefinition> shown(ReportContext ctx) {
        return ctx.metrics().of(Dataset.DEFENDANT_OUTCOMES).stream()
                .filter(m -> m.shownIn(MetricDefinition.BREAKDOWNS) && !ACQUITTAL_COLUMNS.contains(m.id())).toList();
    }

    /**
     * A breakdown table of a job without the acquittal metrics (a CPS job's conviction rate): each shown metric's
     * figure, a rate with its interval, each cell withheld by the primary rules.
     */
    private static ReportTable shownOnly(ReportContext ctx, Breakdown b, List<String> values,
            List<MetricDefinition> shown) {
        Period p = ctx.period();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String value = i < values.size() ? values.get(i) : null;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(value == null ? "All" : Labels.humanize(value))));
            for (MetricDefinition m : shown) {
                Optional<MetricRow> r = value == null ? ctx.total(p, m.id())
                        : ctx.index().cell(p.type().label(), p.label(), b.id(), value, m.id());
                Cell figure = ctx.cells().figure(r, ctx.kind(m.id()));
                row.add(figure);
                if (ctx.kind(m.id()) == MetricGlossary.Kind.RATE) {
                    row.add(ctx.cells().interval(r, !figure.numeric() && r.map(x -> x.value() != null).orElse(false)));
                }
            }
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text(Labels.of(b))));
        for (MetricDefinition m : shown) {
            MetricGlossary.Kind kind = ctx.kind(m.id());
            boolean percent = kind == MetricGlossary.Kind.RATE || kind == MetricGlossary.Kind.RATIO;
            columns.add(Column.figure(ctx.label(m.id()) + (percent ? " (%)" : "")));
            if (kind == MetricGlossary.Kind.RATE) {
                columns.add(Column.figure(ctx.ci()));
            }
        }
        return new ReportTable("breakdown-" + b.id(), ctx.label(shown.get(0).id()) + " by "
                + Labels.of(b).toLowerCase(Locale.ROOT) + ", " + p.label(), columns, rows);
    }

    private static ReportTable table(ReportContext ctx, Breakdown b, List<String> values) {
        String breakdown = b.id();
        List<MetricDefinition> shown = shown(ctx);
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
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(name),
                    cells.count(adjudicated.get(i), adjWithheld),
                    cells.count(acquittals.get(i), acqWithheld),
                    cells.rate(rates.get(i), rateWithheld),
                    cells.interval(rates.get(i), rateWithheld)));
            String value = i < values.size() ? values.get(i) : null;
            for (MetricDefinition m : shown) {
                Optional<MetricRow> r = value == null ? ctx.total(p, m.id())
                        : ctx.index().cell(pt, p.label(), breakdown, value, m.id());
                row.add(cells.figure(r, ctx.kind(m.id())));
            }
            rows.add(row);
        }
        String heading = Labels.of(b);
        return new ReportTable(
                "breakdown-" + breakdown,
                "Acquittals by " + heading.toLowerCase(Locale.ROOT) + ", " + p.label(),
                columns(ctx, heading, shown),
                rows);
    }

    private static List<Column> columns(ReportContext ctx, String heading, List<MetricDefinition> shown) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(heading),
                Column.figure("Adjudicated"),
                Column.figure("Acquittals"),
                Column.figure("Acquittal rate (%)"),
                Column.figure(ctx.ci())));
        for (MetricDefinition m : shown) {
            MetricGlossary.Kind kind = ctx.kind(m.id());
            boolean percent = kind == MetricGlossary.Kind.RATE || kind == MetricGlossary.Kind.RATIO;
            columns.add(Column.figure(ctx.label(m.id()) + (percent ? " (%)" : "")));
        }
        return columns;
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
