package org.judicialmetrics.report.published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.judicialmetrics.report.ReportDocument;
import org.judicialmetrics.report.ReportSection;
import org.judicialmetrics.report.ReportView;
import org.judicialmetrics.report.TrendCharts;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.disclosure.DisclosureRules;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpec;

/**
 * The report on published national figures (a count table, not microdata): acquittal rates on each published
 * denominator, acquittals by prosecution type, withdrawals, wrongful convictions corrected, retrials, compensation and
 * the procuratorate's decisions, each figure with its source and reliability grade; written by the shared renderer.
 *
 * @param inputName the count table's file name, shown on the cover
 */
public record PublishedFiguresReport(JobSpec spec, CountTable table, String inputName, int from, int to,
                                     LocalDate asOf, Instant generatedAt, String runId) {

    public ReportDocument document() {
        Confidence confidence = new Confidence(spec.confidence());
        SourceList sources = new SourceList();
        FigureCells cells = new FigureCells(new DisclosureRules(0, spec.reliability().minNumerator(),
                spec.reliability().minDenominator()));
        SeriesTables tables = new SeriesTables(sources, cells, intervalName() + " Wilson interval");
        PublishedSeries s = PublishedSeries.of(new AcquittalSeries(table, confidence), from, to);

        List<ReportSection> sections = new ArrayList<>();
        sections.add(rates(tables, s));
        sections.add(byProsecutionType(tables, s));
        sections.add(counts(tables, "withdrawals-and-acquittals", "Prosecution withdrawals beside acquittals",
                "When a case is weak the procuratorate may withdraw it with the court's permission instead of"
                        + " risking an acquittal; withdrawals are therefore read beside acquittals.",
                "Prosecution withdrawals permitted and acquittals (persons)",
                List.of("Withdrawals permitted", "Acquittals"),
                List.of(table.yearly("prosecution_withdrawals_permitted", from, to), s.acquittals())));
        List<ReportChart> wrongful = WrongfulConvictions.build(table, sources).stream().toList();
        sections.add(new ReportSection("wrongful-convictions", "Major wrongful convictions corrected", List.of(
                "The courts publish totals of major wrongful convictions corrected since 2013 for growing spans; a"
                        + " single year is published only occasionally, so the yearly bars are sparse and the line"
                        + " joins only consecutive published totals. Totals from different sources need not agree"
                        + " with the yearly counts."),
                wrongful, List.of()));
        sections.add(counts(tables, "retrials-and-compensation", "Retrials and state compensation",
                "Changed on retrial: criminal cases whose judgment was changed on retrial, including changes of"
                        + " sentence, not only acquittals. Changed to not guilty: retrials that ended in an acquittal."
                        + " Compensation concluded: state compensation cases concluded by the courts.",
                "Retrials and state compensation (cases)",
                List.of("Changed on retrial", "Changed to not guilty", "Compensation concluded"),
                List.of(table.yearly("retrial_changed_criminal_cases", from, to),
                        table.yearly("retrial_changed_to_not_guilty_cases", from, to),
                        table.yearly("state_compensation_cases_concluded", from, to))));
        sections.add(counts(tables, "procuratorate-insufficient-evidence", "Procuratorate decisions on insufficient evidence",
                "Before trial the procuratorate may refuse to approve an arrest or decline to prosecute because the"
                        + " evidence is insufficient or the conduct is no crime; these screen out cases that would"
                        + " otherwise reach a court.",
                "Procuratorate decisions on insufficient evidence or no crime (persons)",
                List.of("Arrests not approved", "Not prosecuted"),
                List.of(table.yearly("proc_arrest_not_approved_insuff_evid", from, to),
                        table.yearly("proc_nonprosecution_insuff_evid", from, to))));
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
        sections.add(new ReportSection("notes", "Data notes and reliability", DataNotes.paragraphs(intervalName()),
                List.of(), List.of(DataNotes.grades(), sources.table())));
        sections.add(new ReportSection("symbols", "Symbols", List.of(), List.of(), List.of(Methodology.symbols())));

        ReportView.Cover cover = new ReportView.Cover("Published national figures", spec.title(), years(),
                from + "-01-01 to " + to + "-12-31", asOf.toString(), generatedAt,
                "Final: published figures as reported, each with its source and grade", runId);
        return new ReportDocument(cover, input(), PublishedMainPoints.write(s, table, confidence), sections);
    }

    /** The report's yearly series as rows of the metric table, for the job's Parquet table. */
    public List<org.judicialmetrics.metrics.MetricRow> metricRows() {
        PublishedSeries s = PublishedSeries.of(new AcquittalSeries(table, new Confidence(spec.confidence())), from, to);
        return PublishedMetricRows.of(table, s, from, to, spec.id(), runId);
    }

    private ReportSection rates(SeriesTables tables, PublishedSeries s) {
        int since = Math.max(from, spec.baseline().getYear());
        List<List<SeriesPoint>> recent = s.byDenominator().stream()
                .map(points -> points.stream().filter(p -> p.year() >= since).toList())
                .toList();
        return new ReportSection("acquittal-rates", "Acquittal rates", List.of(
                "Three denominators are published, and they differ: the China Law Yearbook counts persons"
                        + " adjudicated (including the acquitted) for " + span(s.yearbook()) + "; the SPC work"
                        + " reports give persons sentenced, which excludes the acquitted, so acquittals over persons"
                        + " sentenced is a ratio rather than a rate; the Yearbook gives persons with effective"
                        + " judgments for " + span(s.effectiveJudgments()) + ".",
                "The combined series below takes, for each year, the Yearbook denominators where published and"
                        + " persons sentenced otherwise; a year whose denominator differs from the previous published"
                        + " year is marked [b] (break in series), and the charts draw each denominator as a separate"
                        + " line; the second chart shows the years since the baseline on a finer scale."),
                List.of(rateChart(tables, "acquittal-rates", s.byDenominator(), from),
                        rateChart(tables, "acquittal-rates-since-" + since, recent, since)),
                List.of(tables.rates("acquittal-rate-combined", "Acquittal rate, combined series with breaks, "
                        + years(), s.combined())));
    }

    /** The rates on each denominator from {@code since}: the whole span, or since the baseline to see recent years. */
    private ReportChart rateChart(SeriesTables tables, String id, List<List<SeriesPoint>> rates, int since) {
        List<SeriesPoint> plotted = rates.stream().flatMap(List::stream).filter(SeriesPoint::available).toList();
        return AcquittalCharts.rates(rates, TrendCharts.reforms(spec.eras()), tables.rates(id,
                        "Acquittal rates on each denominator, " + since + "–" + to + ": data of the chart", plotted),
                since, to, intervalName() + " Wilson interval");
    }

    private ReportSection byProsecutionType(SeriesTables tables, PublishedSeries s) {
        List<SeriesPoint> pub = table.yearly("acquitted_public", from, to);
        List<SeriesPoint> priv = table.yearly("acquitted_private", from, to);
        ReportTable data = tables.counts("acquittals-by-prosecution", "Acquittals by prosecution type (persons)",
                List.of("All acquittals (SPC)", "Public prosecution", "Private prosecution"),
                List.of(s.acquittals(), pub, priv));
        return new ReportSection("acquittals", "Acquittals by prosecution type", List.of(
                "Public prosecutions are brought by the procuratorate, private ones by the victim. All acquittals"
                        + " are the SPC's published total, or public plus private when only those are published."),
                List.of(AcquittalCharts.publicPrivate(s.acquittals(), pub, priv, data)), List.of());
    }

    /**
     * A section of one paragraph and one table of yearly counts; the table (and its CSV) takes the section's id, and
     * when nothing was published up to the report's last year the section says so instead.
     */
    private ReportSection counts(SeriesTables tables, String id, String heading, String paragraph, String caption,
                                 List<String> headers, List<List<SeriesPoint>> series) {
        ReportTable counts = tables.counts(id, caption, headers, series);
        return counts.rows().isEmpty()
                ? new ReportSection(id, heading, List.of(paragraph, "No such figure was published up to " + to + "."),
                        List.of(), List.of())
                : new ReportSection(id, heading, List.of(paragraph), List.of(), List.of(counts));
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

    private ReportTable input() {
        Map<String, Long> byGrade = new TreeMap<>();
        table.figures().forEach(f -> byGrade.merge(f.reliability(), 1L, Long::sum));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>(List.of(Cell.text(inputName), FigureCells.count((long) table.figures().size(),
                false)));
        for (String grade : List.of("A", "B", "C")) {
            row.add(FigureCells.count(byGrade.getOrDefault(grade, 0L), false));
        }
        rows.add(row);
        return new ReportTable("sources", "Sources: the work reports of the Supreme People's Court and Procuratorate,"
                        + " the China Law Yearbook and reporting on them, as compiled in the count table read by this"
                        + " run (figures up to " + to + ")",
                List.of(Column.text("File"), Column.figure("Figures"), Column.figure("Grade A"),
                        Column.figure("Grade B"), Column.figure("Grade C")),
                rows);
    }
}
