package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.report.chart.BarsWithCumulativeChart;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.PublishedFigures.Cumulative;

/**
 * A measure published as cumulative totals (a profile's {@code cumulative} section): the yearly counts where a year
 * was published, and the totals published for spans since a common start year, each at its span's last year. The
 * totals are shown as published; they are not summed from the years, which are mostly unpublished.
 */
final class CumulativeTotals {

    private CumulativeTotals() {
    }

    static Optional<ReportChart> build(CountTable table, SourceList sources, Cumulative config, PublishedWords w) {
        Map<Integer, PublishedFigure> cumulative = new TreeMap<>();
        List<PublishedFigure> spans = table.spans(config.measure());
        int start = spans.stream().mapToInt(PublishedFigure::startYear).min().orElse(0);
        spans.stream().filter(f -> f.startYear() == start).forEach(f -> cumulative.put(f.endYear(), f));
        if (cumulative.isEmpty()) {
            return Optional.empty();
        }
        int last = Math.max(cumulative.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow(),
                table.figures().stream().filter(f -> f.measure().equals(config.measure()) && f.yearly())
                        .mapToInt(PublishedFigure::endYear).max().orElse(start));
        String line = w.text("published.cumulative.line", "start", Integer.toString(start));
        String barsLabel = w.profile(config.bars());
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset totals = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        for (int year = start; year <= last; year++) {
            Optional<PublishedFigure> inYear = table.year(config.measure(), year);
            Optional<PublishedFigure> total = Optional.ofNullable(cumulative.get(year));
            String label = Integer.toString(year);
            bars.addValue(inYear.map(PublishedFigure::count).orElse(null), barsLabel, label);
            totals.addValue(total.map(PublishedFigure::count).orElse(null), line, label);
            List<PublishedFigure> cited = new ArrayList<>();
            inYear.ifPresent(cited::add);
            total.ifPresent(cited::add);
            rows.add(List.of(Cell.text(label),
                    FigureCells.count(inYear.map(PublishedFigure::count).orElse(null), false),
                    FigureCells.count(total.map(PublishedFigure::count).orElse(null), false),
                    Cell.text(total.map(PublishedFigure::periodLabel).orElse("")),
                    sources.sources(cited), SourceList.grades(cited)));
        }
        String title = w.text("published.caption_span", "caption", w.profile(config.title()),
                "span", start + "–" + last);
        JFreeChart chart = BarsWithCumulativeChart.chart(title, w.profile(config.axis()), line, bars, totals,
                AcquittalCharts.gapNote(w), true);
        chart.getCategoryPlot().getDomainAxis().setLabel(w.text("chart.year"));
        ReportTable data = new ReportTable(config.chart(), w.text("chart.data", "chart", title),
                List.of(Column.text(w.text("published.column.year")), Column.figure(barsLabel, Unit.COUNT),
                        Column.figure(line, Unit.COUNT), Column.text(w.text("published.column.total_covers")),
                        Column.text(w.text("published.column.sources")), Column.text(w.text("published.column.grade"))),
                rows);
        return Optional.of(new ReportChart(config.chart(), chart, summary(config, cumulative, start, w), data));
    }

    /** The main point on the latest published total, when the profile gives one. */
    static Optional<String> mainPoint(CountTable table, Cumulative config, PublishedWords w) {
        List<PublishedFigure> spans = table.spans(config.measure());
        if (spans.isEmpty() || config.mainPoint() == null) {
            return Optional.empty();
        }
        PublishedFigure latest = spans.get(spans.size() - 1);
        return Optional.of(Template.fill(w.profile(config.mainPoint()), Map.of("total", Figures.count(latest.count()),
                "period", latest.periodLabel(), "grade", latest.reliability())));
    }

    private static String summary(Cumulative config, Map<Integer, PublishedFigure> cumulative, int start,
                                  PublishedWords w) {
        List<String> totals = new ArrayList<>();
        cumulative.values().forEach(f -> totals.add(w.text("published.cumulative.by", "count", Figures.count(f.count()),
                "year", Integer.toString(f.endYear()))));
        return Template.fill(w.profile(config.summary()), Map.of("start", Integer.toString(start),
                "totals", String.join(w.text("list.comma"), totals)));
    }
}
