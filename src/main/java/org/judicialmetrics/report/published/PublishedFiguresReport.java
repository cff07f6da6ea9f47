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

    /** One edition per language of the profile, from the same figures, the first the primary edition. */
    public List<ReportDocument> editions() {
        return spec.model().profile().languages().stream().map(l -> document(Messages.of(l))).toList();
    }

    /** The English edition. */
    public ReportDocument document() {
        return document(Messages.english());
    }

    /** The edition in the language of {@code messages}: the same figures, its words and the profile's in it. */
    public ReportDocument document(Messages messages) {
        PublishedWords w = PublishedWords.of(spec.model().profile(), messages);
        PublishedFigures published = published();
        Confidence confidence = new Confidence(spec.confidence());
        SourceList sources = new SourceList();
        FigureCells cells = new FigureCells(new DisclosureRules(0, spec.reliability().minNumerator(),
                spec.reliability().minDenominator()), org.judicialmetrics.report.disclosure.TableDisclosure.none());
        SeriesTables tables = new SeriesTables(published, sources, cells, interval(w), w);
        PublishedSeries s = series(published, confidence);

        List<ReportSection> sections = new ArrayList<>();
        sections.add(rates(published.report(), tables, s, w));
        sections.add(byProsecutionType(published, tables, s, w));
        for (PublishedFigures.Section section : published.report().sections()) {
            sections.add(section.cumulative() != null
                    ? new ReportSection(section.id(), w.profile(section.heading()), profile(section.text(), w),
                            CumulativeTotals.build(table, sources, section.cumulative(), w).stream().toList(),
                            List.of())
                    : counts(tables, section, published.acquittals(), s, w));
        }
        sections.add(new ReportSection("multi-year", w.text("published.multi_year.heading"),
                List.of(w.text("published.multi_year.text")),
                List.of(), List.of(tables.figures("multi-year-totals", w.text("published.multi_year.caption"),
                        table.spans()))));
        List<PublishedFigure> others = table.figures().stream()
                .filter(f -> f.yearly() && !sources.cited(f))
                .sorted(Comparator.comparing(PublishedFigure::measure).thenComparingInt(PublishedFigure::startYear))
                .toList();
        sections.add(new ReportSection("other-figures", w.text("published.other.heading"),
                List.of(w.text("published.other.text")),
                List.of(), List.of(tables.figures("other-yearly-figures", w.text("published.other.caption"),
                        others))));
        boolean quotesChinese = !w.showsChinese()
                && table.figures().stream().anyMatch(f -> SeriesTables.hasChinese(f.note()));
        sections.add(new ReportSection("notes", w.text("published.notes.heading"),
                DataNotes.paragraphs(intervalName(), published.report().notes(), quotesChinese, w), List.of(),
                List.of(DataNotes.grades(published.report().grades(), w), sources.table(w))));
        sections.add(new ReportSection("symbols", w.text("section.symbols"), List.of(), List.of(),
                List.of(Methodology.symbols(messages))));

        ReportView.Cover cover = new ReportView.Cover(w.text("published.cover.kicker"), w.profile(spec.title()),
                years(), w.text("cover.range", "start", from + "-01-01", "end", to + "-12-31"), asOf.toString(),
                generatedAt, w.text("published.cover.status"), runId);
        return new ReportDocument(cover, input(published.report(), w),
                PublishedMainPoints.write(s, table, published, confidence, w), sections, messages);
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
    private ReportSection rates(PublishedFigures.Report texts, SeriesTables tables, PublishedSeries s,
                                PublishedWords w) {
        int since = Math.max(from, spec.baseline().getYear());
        Map<Denominator, List<SeriesPoint>> recent = new LinkedHashMap<>();
        Map<String, String> years = new HashMap<>();
        s.rates().forEach((d, points) -> {
            recent.put(d, points.stream().filter(p -> p.year() >= since).toList());
            years.put("years:" + d.measure(), span(points, w));
        });
        return new ReportSection("acquittal-rates", w.text("published.rates.heading"),
                texts.rates().stream().map(t -> Template.fill(w.profile(t), years)).toList(),
                List.of(rateChart(tables, "acquittal-rates", s.rates(), from, w),
                        rateChart(tables, "acquittal-rates-since-" + since, recent, since, w)),
                List.of(tables.rates("acquittal-rate-combined", w.text("published.rates.combined", "span", years()),
                        s.combined())));
    }

    /** The rates on each denominator from {@code since}: the whole span, or since the baseline to see recent years. */
    private ReportChart rateChart(SeriesTables tables, String id, Map<Denominator, List<SeriesPoint>> rates,
                                  int since, PublishedWords w) {
        List<SeriesPoint> plotted = rates.values().stream().flatMap(List::stream).filter(SeriesPoint::available)
                .toList();
        String caption = w.text("published.rates.data", "from", Integer.toString(since), "to", Integer.toString(to));
        return AcquittalCharts.rates(rates, TrendCharts.reforms(spec.eras(), w.labels()), tables.rates(id,
                        w.text("chart.data", "chart", caption), plotted), since, to, interval(w), w);
    }

    private ReportSection byProsecutionType(PublishedFigures published, SeriesTables tables, PublishedSeries s,
                                            PublishedWords w) {
        PublishedFigures.Acquittals acquittals = published.acquittals();
        List<SeriesPoint> pub = table.yearly(acquittals.publicProsecution(), from, to);
        List<SeriesPoint> priv = table.yearly(acquittals.privateProsecution(), from, to);
        ReportTable data = tables.counts("acquittals-by-prosecution", w.text("published.prosecution.caption"),
                List.of(w.profile(acquittals.label()), w.text("published.prosecution.public"),
                        w.text("published.prosecution.private")),
                List.of(s.acquittals(), pub, priv));
        return new ReportSection("acquittals", w.text("published.prosecution.heading"),
                profile(published.report().acquittals(), w),
                List.of(AcquittalCharts.publicPrivate(s.acquittals(), pub, priv, data, w)), List.of());
    }

    /**
     * A section of the profile's paragraphs and one table of yearly counts, a column per measure (the acquittals'
     * total is the acquittal series); the table (and its CSV) takes the section's id, and when nothing was published
     * up to the report's last year the section says so instead.
     */
    private ReportSection counts(SeriesTables tables, PublishedFigures.Section section,
                                 PublishedFigures.Acquittals acquittals, PublishedSeries s, PublishedWords w) {
        List<List<SeriesPoint>> series = section.columns().stream()
                .map(c -> c.measure().equals(acquittals.total()) ? s.acquittals() : table.yearly(c.measure(), from, to))
                .toList();
        ReportTable counts = tables.counts(section.id(), w.profile(section.caption()),
                section.columns().stream().map(c -> w.profile(c.label())).toList(), series);
        if (counts.rows().isEmpty()) {
            List<String> paragraphs = new ArrayList<>(profile(section.text(), w));
            paragraphs.add(w.text("published.none_up_to", "year", Integer.toString(to)));
            return new ReportSection(section.id(), w.profile(section.heading()), paragraphs, List.of(), List.of());
        }
        return new ReportSection(section.id(), w.profile(section.heading()), profile(section.text(), w), List.of(),
                List.of(counts));
    }

    /** The profile's paragraphs in the edition's language. */
    private static List<String> profile(List<String> paragraphs, PublishedWords w) {
        return paragraphs.stream().map(w::profile).toList();
    }

    private String years() {
        return from + "–" + to;
    }

    /** The intervals' name in the edition's words, e.g. {@code 95% Wilson interval}. */
    private String interval(PublishedWords w) {
        return w.text("published.interval", "confidence", intervalName());
    }

    /** The confidence level as a label, e.g. {@code 95%}. */
    private String intervalName() {
        return Figures.percent(spec.confidence()).replace(".000%", "%");
    }

    private static String span(List<SeriesPoint> series, PublishedWords w) {
        List<SeriesPoint> shown = series.stream().filter(SeriesPoint::available).toList();
        if (shown.isEmpty()) {
            return w.text("published.no_year");
        }
        int first = shown.get(0).year();
        int last = shown.get(shown.size() - 1).year();
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    private ReportTable input(PublishedFigures.Report texts, PublishedWords w) {
        Map<String, Long> byGrade = new TreeMap<>();
        table.figures().forEach(f -> byGrade.merge(f.reliability(), 1L, Long::sum));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>(List.of(Cell.text(inputName), FigureCells.count((long) table.figures().size(),
                false)));
        for (String grade : List.of("A", "B", "C")) {
            row.add(FigureCells.count(byGrade.getOrDefault(grade, 0L), false));
        }
        rows.add(row);
        List<Column> columns = new ArrayList<>(List.of(Column.text(w.text("published.input.file")),
                Column.figure(w.text("published.input.figures"), Unit.COUNT)));
        for (String grade : List.of("A", "B", "C")) {
            columns.add(Column.figure(w.text("published.input.grade", "grade", grade), Unit.COUNT));
        }
        return new ReportTable("sources", w.text("published.input.caption", "sources",
                w.profile(texts.sources()), "year", Integer.toString(to)), columns, rows);
    }
}
