package org.judicialmetrics.report.published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.judicialmetrics.counts.AcquittalSeries;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.report.Methodology;
import org.judicialmetrics.report.Messages;
import org.judicialmetrics.report.ReportDocument;
import org.judicialmetrics.report.ReportSection;
import org.judicialmetrics.report.ReportView;
import org.judicialmetrics.report.TrendCharts;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.disclosure.DisclosureRules;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.spec.PublishedFigures.Denominator;

/**
 * The report on published national figures (a count table, not microdata): acquittal rates on each published
 * denominator, acquittals by prosecution type, then the profile's sections of yearly counts and cumulative totals,
 * each figure with its source and reliability grade; written by the shared renderer. The measures, denominators and
 * the jurisdiction's texts come from the profile's {@code published}.
 *
 * @param inputName the count table's file name, shown on the cover
 */
public record PublishedFiguresReport(JobSpec spec, CountTable table, String inputName, int from, int to,
                                     LocalDate asOf, Instant generatedAt, String runId) {

    public ReportDocument document() {
        PublishedFigures published = published();
        Confidence confidence = new Confidence(spec.confidence());
        SourceList sources = new SourceList();
        FigureCells cells = new FigureCells(new DisclosureRules(0, spec.reliability().minNumerator(),
                spec.reliability().minDenominator()), org.judicialmetrics.report.disclosure.TableDisclosure.none());
        SeriesTables tables = new SeriesTables(published, sources, cells, intervalName() + " Wilson interval");
        PublishedSeries s = series(published, confidence);

        List<ReportSection> sections = new ArrayList<>();
        sections.add(rates(published.report(), tables, s));
        sections.add(byProsecutionType(published, tables, s));
        for (PublishedFigures.Section section : published.report().sections()) {
            sections.add(section.cumulative() != null
                    ? new ReportSection(section.id(), section.heading(), section.text(),
                            CumulativeTotals.build(table, sources, section.cumulative()).stream().toList(), List.of())
                    : counts(tables, section, published.acquittals(), s));
        }
        sections.add(new ReportSection("multi-year", "Figures published only as multi-year totals", List.of(
                "These figures were published only as a total for these years; they are not spread over the"
                        + " years they cover, and are shown exactly as published."),
                List.of(), List.of(tables.figures("multi-year-totals", "Published only as a total for these years",
                        table.spans()))));
        List<PublishedFigure> others = table.figures().stream()
                .filter(f -> f.yearly() && !sources.cited(f))
                .sorted(Comparator.comparing(PublishedFigure::measure).thenComparingInt(PublishedFigure::startYear))
                .toList();
        sections.add(new ReportSection("other-figures", "Other published yearly figures", List.of(
                "Yearly figures that no table above uses, shown as published for context: other stages and"
                        + " measures, and figures of a year for which a better graded source was used above."),
                List.of(), List.of(tables.figures("other-yearly-figures", "Other published yearly figures",
                        others))));
        boolean quotesChinese = table.figures().stream().anyMatch(f -> SeriesTables.hasChinese(f.note()));
        sections.add(new ReportSection("notes", "Data notes and reliability",
                DataNotes.paragraphs(intervalName(), published.report().notes(), quotesChinese), List.of(),
                List.of(DataNotes.grades(published.report().grades()), sources.table())));
        sections.add(new ReportSection("symbols", "Symbols", List.of(), List.of(), List.of(Methodology.symbols(Messages.english()))));

        ReportView.Cover cover = new ReportView.Cover("Published national figures", spec.title(), years(),
                from + "-01-01 to " + to + "-12-31", asOf.toString(), generatedAt,
                "Final: published figures as reported, each with its source and grade", runId);
        return new ReportDocument(cover, input(published.report()),
                PublishedMainPoints.write(s, table, published, confidence), sections);
    }

    /** The report's yearly series as rows of the metric table, for the job's Parquet table. */
    public List<org.judicialmetrics.metrics.MetricRow> metricRows() {
        PublishedSeries s = series(published(), new Confidence(spec.confidence()));
        return PublishedMetricRows.of(table, s, from, to, spec.id(), runId);
    }

    private PublishedFigures published() {
        return spec.model().profile().published();
    }

    private PublishedSeries series(PublishedFigures published, Confidence confidence) {
        return PublishedSeries.of(new AcquittalSeries(table, published, confidence), published, from, to);
    }

    /** The rates on each denominator; the profile's paragraphs get the years each rate is published. */
    private ReportSection rates(PublishedFigures.Report texts, SeriesTables tables, PublishedSeries s) {
        int since = Math.max(from, spec.baseline().getYear());
        Map<Denominator, List<SeriesPoint>> recent = new LinkedHashMap<>();
        Map<String, String> years = new HashMap<>();
        s.rates().forEach((d, points) -> {
            recent.put(d, points.stream().filter(p -> p.year() >= since).toList());
            years.put("years:" + d.measure(), span(points));
        });
        return new ReportSection("acquittal-rates", "Acquittal rates",
                texts.rates().stream().map(t -> Template.fill(t, years)).toList(),
                List.of(rateChart(tables, "acquittal-rates", s.rates(), from),
                        rateChart(tables, "acquittal-rates-since-" + since, recent, since)),
                List.of(tables.rates("acquittal-rate-combined", "Acquittal rate, combined series with breaks, "
                        + years(), s.combined())));
    }

    /** The rates on each denominator from {@code since}: the whole span, or since the baseline to see recent years. */
    private ReportChart rateChart(SeriesTables tables, String id, Map<Denominator, List<SeriesPoint>> rates,
                                  int since) {
        List<SeriesPoint> plotted = rates.values().stream().flatMap(List::stream).filter(SeriesPoint::available)
                .toList();
        return AcquittalCharts.rates(rates, TrendCharts.reforms(spec.eras()), tables.rates(id,
                        "Acquittal rates on each denominator, " + since + "–" + to + ": data of the chart", plotted),
                since, to, intervalName() + " Wilson interval");
    }

    private ReportSection byProsecutionType(PublishedFigures published, SeriesTables tables, PublishedSeries s) {
        PublishedFigures.Acquittals acquittals = published.acquittals();
        List<SeriesPoint> pub = table.yearly(acquittals.publicProsecution(), from, to);
        List<SeriesPoint> priv = table.yearly(acquittals.privateProsecution(), from, to);
        ReportTable data = tables.counts("acquittals-by-prosecution", "Acquittals by prosecution type (persons)",
                List.of(acquittals.label(), "Public prosecution", "Private prosecution"),
                List.of(s.acquittals(), pub, priv));
        return new ReportSection("acquittals", "Acquittals by prosecution type", published.report().acquittals(),
                List.of(AcquittalCharts.publicPrivate(s.acquittals(), pub, priv, data)), List.of());
    }

    /**
     * A section of the profile's paragraphs and one table of yearly counts, a column per measure (the acquittals'
     * total is the acquittal series); the table (and its CSV) takes the section's id, and when nothing was published
     * up to the report's last year the section says so instead.
     */
    private ReportSection counts(SeriesTables tables, PublishedFigures.Section section,
                                 PublishedFigures.Acquittals acquittals, PublishedSeries s) {
        List<List<SeriesPoint>> series = section.columns().stream()
                .map(c -> c.measure().equals(acquittals.total()) ? s.acquittals() : table.yearly(c.measure(), from, to))
                .toList();
        ReportTable counts = tables.counts(section.id(), section.caption(),
                section.columns().stream().map(PublishedFigures.Column::label).toList(), series);
        if (counts.rows().isEmpty()) {
            List<String> paragraphs = new ArrayList<>(section.text());
            paragraphs.add("No such figure was published up to " + to + ".");
            return new ReportSection(section.id(), section.heading(), paragraphs, List.of(), List.of());
        }
        return new ReportSection(section.id(), section.heading(), section.text(), List.of(), List.of(counts));
    }

    private String years() {
        return from + "–" + to;
    }

    /** The confidence level as a label, e.g. {@code 95%}. */
    private String intervalName() {
        return Figures.percent(spec.confidence()).replace(".000%", "%");
    }

    private static String span(List<SeriesPoint> series) {
        List<SeriesPoint> shown = series.stream().filter(SeriesPoint::available).toList();
        if (shown.isEmpty()) {
            return "no year";
        }
        int first = shown.get(0).year();
        int last = shown.get(shown.size() - 1).year();
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    private ReportTable input(PublishedFigures.Report texts) {
        Map<String, Long> byGrade = new TreeMap<>();
        table.figures().forEach(f -> byGrade.merge(f.reliability(), 1L, Long::sum));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>(List.of(Cell.text(inputName), FigureCells.count((long) table.figures().size(),
                false)));
        for (String grade : List.of("A", "B", "C")) {
            row.add(FigureCells.count(byGrade.getOrDefault(grade, 0L), false));
        }
        rows.add(row);
        return new ReportTable("sources", "Sources: " + texts.sources() + ", as compiled in the count table read by"
                        + " this run (figures up to " + to + ")",
                List.of(Column.text("File"), Column.figure("Figures", Unit.COUNT),
                        Column.figure("Grade A", Unit.COUNT), Column.figure("Grade B", Unit.COUNT),
                        Column.figure("Grade C", Unit.COUNT)),
                rows);
    }
}
