package org.judicialmetrics.report;

import java.util.List;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/** The methodology section: notes on intervals, rounding and disclosure, the glossary's definitions, the symbols. */
public final class Methodology {

    private Methodology() {
    }

    public static List<String> notes(ReportContext ctx) {
        List<String> notes = new java.util.ArrayList<>(general(ctx));
        if (ctx.input().sources().stream().anyMatch(DataSource::counted)) {
            notes.add(ctx.messages().text("method.counted"));
        }
        return notes;
    }

    private static List<String> general(ReportContext ctx) {
        var spec = ctx.input().spec();
        Messages m = ctx.messages();
        String confidence = Figures.percent(spec.confidence()).replace(".000%", "%");
        return List.of(
                m.text("method.intervals", "confidence", confidence),
                m.text("method.rounding"),
                m.text("method.disclosure", "min_count", Integer.toString(spec.disclosure().minCount()),
                        "min_events", Integer.toString(spec.reliability().minNumerator()),
                        "min_denominator", Integer.toString(spec.reliability().minDenominator())),
                m.text("method.charts_csv", "baseline", spec.baseline().toString()));
    }

    /** The definitions of the metrics the report shows (those of the datasets the run has). */
    public static ReportTable definitions(ReportContext ctx) {
        List<List<Cell>> rows = ctx.input().glossary().terms().stream().filter(t -> ctx.shows(t.id()))
                .map(t -> List.of(
                        Cell.text(ctx.label(t.id())), Cell.text(t.id()), Cell.text(definition(ctx, t)),
                        Cell.text(t.unit() == null ? null : ctx.labels().text(t.unit()))))
                .toList();
        Messages m = ctx.messages();
        return new ReportTable(
                "definitions",
                m.text("definitions.caption"),
                List.of(Column.text(m.text("definitions.metric")), Column.text(m.text("definitions.id")),
                        Column.text(m.text("definitions.definition")), Column.text(m.text("definitions.unit"))),
                rows);
    }

    /** A definition in the edition's words where the profile translates the metric's own text, else as given. */
    private static String definition(ReportContext ctx, MetricGlossary.MetricTerm t) {
        return ctx.metrics().byId(t.id())
                .filter(d -> !ctx.labels().text(d.definition()).equals(d.definition()))
                .map(d -> RegistryGlossary.definition(d, ctx.labels(), ctx.messages()))
                .orElse(t.definition());
    }

    /** The cell symbols of spec section 5 ({@link Cell#SYMBOLS}, in order) as {@code [c]} and their meaning. */
    public static List<List<String>> legend(Messages m) {
        return Cell.SYMBOLS.chars().mapToObj(s -> List.of("[" + (char) s + "]", m.text("symbols." + (char) s)))
                .toList();
    }

    public static ReportTable symbols(Messages m) {
        List<List<Cell>> rows = legend(m).stream()
                .map(s -> List.of(Cell.text(s.get(0)), Cell.text(s.get(1))))
                .toList();
        return new ReportTable("symbols", m.text("symbols.caption"),
                List.of(Column.text(m.text("symbols.symbol")), Column.text(m.text("symbols.meaning"))), rows);
    }
}
