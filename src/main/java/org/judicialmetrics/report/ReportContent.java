package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.ReportTable;

/**
 * The report's content, built once from the input and then written as HTML, PDF, CSV and images, so all formats show
 * the same figures (spec section 6, in its order).
 */
public record ReportContent(ReportInput input, ReportTable sources, List<String> mainPoints,
                            List<ReportSection> sections, Messages messages) {

    /** The English edition. */
    public static ReportContent of(ReportInput input) {
        return of(input, Messages.english());
    }

    /** The edition in the language of {@code messages}: the same figures, its words. */
    public static ReportContent of(ReportInput input, Messages messages) {
        ReportContext ctx = new ReportContext(input, messages);
        Messages m = messages;
        String baseline = Integer.toString(input.spec().baseline().getYear());
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(
                "headline", m.text("section.headline"), coverage(ctx), List.of(), List.of(HeadlineTable.build(ctx))));
        sections.add(
                new ReportSection("trends", m.text("section.trends", "baseline", baseline), TrendCharts.notes(ctx), TrendCharts.build(ctx),
                        List.of()));
        List<ReportChart> exclusion = new ArrayList<>();
        ExclusionDecisionChart.build(ctx).ifPresent(exclusion::add);
        exclusion.addAll(ExclusionCategoryCharts.build(ctx));
        sections.add(new ReportSection(
                "exclusion", m.text("section.exclusion"), List.of(), exclusion, List.of()));
        sections.add(new ReportSection(
                "overturned", m.text("section.overturned"), List.of(), OverturnedConvictions.build(ctx), List.of()));
        sections.add(new ReportSection(
                "breakdowns",
                m.text("section.breakdowns", "period", m.period(input.period())),
                List.of(),
                List.of(),
                BreakdownTables.build(ctx)));
        sections.add(new ReportSection(
                "eras",
                m.text("section.eras"),
                EraTable.eraNotes(ctx),
                List.of(),
                EraTable.build(ctx).stream().toList()));
        Reconciliation.build(ctx, input.published()).ifPresent(sections::add);
        sections.add(new ReportSection(
                "quality",
                m.text("section.quality"),
                List.of(),
                List.of(),
                List.of(QualityTables.rows(input.quality(), m, ctx.labels()),
                        QualityTables.checks(input.quality(), m, ctx.labels()))));
        sections.add(new ReportSection(
                "methodology",
                m.text("section.methodology"),
                Methodology.notes(ctx),
                List.of(),
                List.of(Methodology.definitions(ctx))));
        sections.add(new ReportSection("symbols", m.text("section.symbols"), List.of(), List.of(),
                List.of(Methodology.symbols(m))));
        return new ReportContent(
                input,
                QualityTables.sources(input.sources(), m, ctx.labels()),
                MainPoints.write(ctx),
                sections.stream().filter(s -> !s.empty()).toList(),
                messages);
    }

    /**
     * Said once, where some datasets are missing: which datasets the report covers, as the sections, headline rows
     * and main points of the others are left out.
     */
    private static List<String> coverage(ReportContext ctx) {
        List<Dataset> has = ctx.datasets();
        if (has.isEmpty() || has.size() == Dataset.values().length) {
            return List.of();
        }
        java.util.function.Function<Dataset, String> name =
                d -> ctx.labels().code(d.id()).toLowerCase(java.util.Locale.ROOT);
        List<String> lacks = java.util.Arrays.stream(Dataset.values()).filter(d -> !has.contains(d)).map(name)
                .toList();
        return List.of(ctx.messages().text("coverage.only", "has", ctx.list(has.stream().map(name).toList(), "and"),
                "lacks", ctx.list(lacks, "or")));
    }

    /** The content as a document for the renderer, its cover taken from the run's input. */
    public ReportDocument document() {
        return new ReportDocument(ReportView.Cover.of(input, messages), sources, mainPoints, sections, messages);
    }

    public List<ReportChart> charts() {
        return document().charts();
    }

    /** Every table the report shows, including the charts' data tables: each becomes a CSV. */
    public List<ReportTable> tables() {
        return document().tables();
    }
}
