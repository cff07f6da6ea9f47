package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.report.Labels;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.PublishedFigures;

/**
 * Tables of series derived from published figures: one row per year with {@code [x]} for years nothing was published,
 * and the row's sources and reliability grades in the last columns.
 */
final class SeriesTables {

    static final String CHINESE_TEXT = "[zh]";
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    private final PublishedFigures published;
    private final SourceList sources;
    private final FigureCells cells;
    private final String interval;
    private final PublishedWords w;

    /** @param published the profile's names of the measures and denominators, shown in the words of {@code w} */
    SeriesTables(PublishedFigures published, SourceList sources, FigureCells cells, String interval,
                 PublishedWords w) {
        this.published = published;
        this.sources = sources;
        this.cells = cells;
        this.interval = interval;
        this.w = w;
    }

    /**
     * Yearly counts, one column per series (all over the same years), from the first year the first series has a
     * value to the last year: the first series leads, the others are read beside it. The caption gets those years.
     */
    ReportTable counts(String id, String caption, List<String> headers, List<List<SeriesPoint>> series) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(w.text("published.column.year")));
        headers.forEach(h -> columns.add(Column.figure(h, Unit.COUNT)));
        columns.add(Column.text(w.text("published.column.sources")));
        columns.add(Column.text(w.text("published.column.grade")));
        List<List<Cell>> rows = new ArrayList<>();
        int years = series.get(0).size();
        int first = (int) series.get(0).stream().takeWhile(p -> !p.available()).count();
        for (int i = first; i < years; i++) {
            List<Cell> row = new ArrayList<>();
            List<PublishedFigure> cited = new ArrayList<>();
            row.add(Cell.text(series.get(0).get(i).row().periodLabel()));
            for (List<SeriesPoint> s : series) {
                row.add(FigureCells.count(s.get(i).row().numerator(), false));
                cited.addAll(s.get(i).sources());
            }
            row.add(sources.sources(cited));
            row.add(SourceList.grades(cited));
            rows.add(row);
        }
        String firstYear = series.get(0).get(Math.min(first, years - 1)).row().periodLabel();
        String lastYear = series.get(0).get(years - 1).row().periodLabel();
        String span = firstYear.equals(lastYear) ? firstYear : firstYear + "–" + lastYear;
        return new ReportTable(id, w.text("published.caption_span", "caption", caption, "span", span), columns, rows);
    }

    /** Rates with their counts and intervals, one row per point; rows without a value show {@code [x]}. */
    ReportTable rates(String id, String caption, List<SeriesPoint> points) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SeriesPoint p : points) {
            MetricRow r = p.row();
            Optional<MetricRow> row = Optional.of(r);
            rows.add(List.of(
                    Cell.text(r.periodLabel()),
                    Cell.text(p.available() ? w.profile(published.denominator(r.breakdownValue()).shortLabel()) : ""),
                    FigureCells.count(r.numerator(), false),
                    FigureCells.count(r.denominator(), false),
                    cells.rate(row, false),
                    cells.interval(row, false),
                    sources.sources(p.sources()),
                    SourceList.grades(p.sources())));
        }
        return new ReportTable(id, caption,
                List.of(Column.text(w.text("published.column.year")),
                        Column.text(w.text("published.column.denominator")),
                        Column.figure(w.text("published.column.acquittals"), Unit.COUNT),
                        Column.figure(w.text("published.column.denominator_count"), Unit.COUNT),
                        Column.figure(w.text("published.column.rate"), Unit.PERCENT),
                        Column.interval(interval, Unit.PERCENT),
                        Column.text(w.text("published.column.sources")), Column.text(w.text("published.column.grade"))),
                rows);
    }

    /**
     * A source's note: in full in the CSV; in the report too where the edition's font shows Chinese, else its Chinese
     * characters (which the report's font cannot show) are replaced by {@value #CHINESE_TEXT}.
     */
    static Cell note(String note, PublishedWords w) {
        return w.showsChinese() ? Cell.text(note, note)
                : Cell.text(CHINESE.matcher(note).replaceAll(CHINESE_TEXT), note);
    }

    /** True when a note has characters that {@link #note} replaces. */
    static boolean hasChinese(String note) {
        return CHINESE.matcher(note).find();
    }

    /** Figures each as published (period, measure, value, unit), with source, grade and note. */
    ReportTable figures(String id, String caption, List<PublishedFigure> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PublishedFigure f : figures) {
            boolean percent = "percent".equals(f.unit());
            Cell value = percent
                    ? Cell.percent(f.value() / 100, "")
                    : FigureCells.count(f.count(), false);
            rows.add(List.of(Cell.text(f.periodLabel()), Cell.text(label(f.measure())), value,
                    Cell.text(w.profile(f.unit())), sources.sources(List.of(f)), Cell.text(f.reliability()),
                    note(f.note(), w)));
        }
        return new ReportTable(id, caption,
                List.of(Column.text(w.text("published.column.period")), Column.text(w.text("published.column.measure")),
                        Column.mixedFigure(w.text("published.column.value")),
                        Column.text(w.text("published.column.unit")), Column.text(w.text("published.column.source")),
                        Column.text(w.text("published.column.grade")), Column.text(w.text("published.column.note"))),
                rows);
    }

    /** A measure as the profile names it, else its name in words, in the edition's language. */
    private String label(String measure) {
        return w.profile(published.measures().getOrDefault(measure, Labels.humanize(measure)));
    }
}
