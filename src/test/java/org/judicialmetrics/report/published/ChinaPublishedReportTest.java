package org.judicialmetrics.report.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.report.ReportDocument;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpecLoader;
import org.junit.jupiter.api.Test;

/** The China report's content: main points written from the figures, and the rate chart's lines and gaps. */
class ChinaPublishedReportTest {

    private static final ReportDocument DOCUMENT = new PublishedFiguresReport(
                    new JobSpecLoader(Path.of("jobs")).load("china-published"),
                    new CountTable(PublishedFiguresReader.read(Path.of("data/reference/china-published-figures.csv"),
                            java.util.Optional.of(org.judicialmetrics.ingest.mapping.SourceMappingLoader.read(
                                    Path.of("jobs/sources/china-published-figures.json"))))),
                    "china-published-figures.csv", 2000, 2025, LocalDate.of(2026, 6, 30), Instant.EPOCH, "run")
            .document();

    @Test
    void mainPointsAreWrittenFromTheFigures() {
        assertThat(DOCUMENT.mainPoints())
                .anyMatch(p -> p.contains("fell from 1.020% [0.9958%, 1.045%] in 2000 (6,617 of 648,725)")
                        && p.contains("in 2013 (825 of 1,158,609)") && p.contains("statistically meaningful"))
                .anyMatch(p -> p.contains("631 of 1,431,585") && p.contains("0.04408% [0.04077%, 0.04765%]"))
                .anyMatch(p -> p.contains("1,235 prosecution withdrawals against 294 acquittals, 4.2 withdrawals"))
                .anyMatch(p -> p.contains("58 major wrongful convictions in 2013-2020"))
                .anyMatch(p -> p.contains("2017, 2019, 2021") && p.contains("never as zero"));
    }

    @Test
    void rateChartDrawsEachDenominatorAsItsOwnLineBrokenAtGaps() {
        ReportChart chart = DOCUMENT.charts().stream().filter(c -> c.id().equals("acquittal-rates")).findFirst()
                .orElseThrow();
        XYPlot plot = chart.chart().getXYPlot();
        XYItemRenderer renderer = plot.getRenderer();
        int series = plot.getDataset().getSeriesCount();

        // yearbook 2000-2013; effective judgments 2022; persons sentenced 2013-2016, 2018 and 2020
        assertThat(series).isEqualTo(5);
        List<Boolean> inLegend = IntStream.range(0, series)
                .mapToObj(s -> renderer.isSeriesVisibleInLegend(s)).toList();
        assertThat(inLegend).containsExactly(true, true, true, false, false);
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(2);
    }

    @Test
    void everySeriesTableNamesSourcesAndGrades() {
        assertThat(DOCUMENT.tables().stream().filter(t -> t.columns().stream().anyMatch(c -> c.header().equals(
                        "Sources"))))
                .extracting(ReportTable::id)
                .contains("acquittal-rates", "acquittal-rate-combined", "acquittals-by-prosecution",
                        "withdrawals-and-acquittals", "wrongful-convictions-corrected", "retrials-and-compensation",
                        "procuratorate-insufficient-evidence");
    }

    @Test
    void figuresNoSeriesUsesAreListedForContext() {
        ReportTable others = DOCUMENT.tables().stream().filter(t -> t.id().equals("other-yearly-figures"))
                .findFirst().orElseThrow();

        assertThat(others.rows()).extracting(r -> r.get(0).text() + " " + r.get(1).text() + " " + r.get(2).plain())
                .contains("2021 Persons sentenced (excludes the acquitted) 1715000",
                        "2016 Major wrongful convictions corrected (persons) 17")
                .noneMatch(r -> r.startsWith("2016 Persons sentenced"));
    }
}
