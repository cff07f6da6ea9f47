package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.chart.RateTrendChart;
import org.judicialmetrics.report.chart.TrendPoint;
import org.junit.jupiter.api.Test;

/** A break in series ({@code b}) splits a trend into lines that are never joined, and is marked on the time axis. */
class TrendBreakTest {

    private static MetricRow year(int year, Double value, String flags) {
        return new MetricRow("j", "r", "year", Integer.toString(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "all", "all", "acquittal_rate", 1L, 100L, value, null, null, flags,
                "final", "1");
    }

    @Test
    void aBreakStartsANewLineAndIsMarked() {
        List<MetricRow> series = List.of(year(2020, 0.01, ""), year(2021, 0.02, ""), year(2022, 0.03, "b"),
                year(2023, 0.04, ""));
        List<TrendPoint> points = series.stream().map(r -> new TrendPoint(r.periodLabel(), r.periodStart(),
                r.periodEnd(), r.value(), null, null)).toList();
        List<RateTrendChart.Reform> markers = new ArrayList<>();

        List<RateTrendChart.Line> lines = TrendCharts.lines(Messages.english(), "Rate", "Rate", series, points, markers);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).points()).extracting(TrendPoint::value).containsExactly(0.01, 0.02, null, null);
        assertThat(lines.get(1).points()).extracting(TrendPoint::value).containsExactly(null, null, 0.03, 0.04);
        assertThat(lines.get(1).name()).contains("from 2022").contains("[b]");
        assertThat(markers).extracting(RateTrendChart.Reform::date).containsExactly(LocalDate.of(2022, 1, 1));
    }

    @Test
    void withoutABreakTheSeriesIsOneLine() {
        List<MetricRow> series = List.of(year(2020, 0.01, ""), year(2021, null, "x"), year(2022, 0.03, ""));
        List<TrendPoint> points = series.stream().map(r -> new TrendPoint(r.periodLabel(), r.periodStart(),
                r.periodEnd(), r.value(), null, null)).toList();
        List<RateTrendChart.Reform> markers = new ArrayList<>();

        assertThat(TrendCharts.lines(Messages.english(), "Rate", "Rate", series, points, markers)).hasSize(1);
        assertThat(markers).isEmpty();
    }
}
