package org.judicialmetrics.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.judicialmetrics.report.ReportContent;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;

/** The charts' datasets hold exactly the published figures: rates in percent, withheld counts left out. */
class ChartDatasetsTest {

    private final Map<String, ReportChart> charts = ReportContent.of(
                    ReportFixture.national().input())
            .charts()
            .stream()
            .collect(Collectors.toMap(ReportChart::id, c -> c));

    @Test
    void trendDatasetIsThePercentageWithItsBandAtEachPeriodsMidpoint() {
        YIntervalSeriesCollection d = (YIntervalSeriesCollection)
                ((XYPlot) charts.get("trend-acquittal_rate").chart().getPlot()).getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(1);
        assertThat(d.getItemCount(0)).isEqualTo(14);
        assertThat(d.getYValue(0, 13)).isCloseTo(100.0 * 820 / 1_638_000, within(1e-12));
        assertThat(d.getStartYValue(0, 13)).isCloseTo(0.04675, within(0.000005));
        assertThat(d.getEndYValue(0, 13)).isCloseTo(0.05361, within(0.000005));
        assertThat(d.getXValue(0, 0)).isEqualTo(LocalDate.of(2012, 7, 2).toEpochDay() * 86_400_000.0);
    }

    @Test
    void withheldPointsAreLeftOutOfATrend() {
        List<TrendPoint> points = List.of(
                new TrendPoint("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 0.1, 0.05, 0.2),
                new TrendPoint("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null, null));
        YIntervalSeriesCollection d = RateTrendChart.dataset("rate", points);
        assertThat(d.getItemCount(0)).isEqualTo(1);
        assertThat(d.getYValue(0, 0)).isEqualTo(10.0);
        assertThat(d.getStartYValue(0, 0)).isEqualTo(5.0);
    }

    @Test
    void exclusionCategoriesHoldPublishedCountsAndGapsForSuppressedOnes() {
        CategoryDataset d =
                ((CategoryPlot) charts.get("exclusion-evidence_type").chart().getPlot()).getDataset();
        assertThat(d.getRowKeys()).containsExactly("Filed", "Decided", "Granted");
        assertThat(d.getColumnKeys())
                .containsExactly(
                        "Confession", "Physical documentary", "Victim statement", "Witness testimony", "Other");
        assertThat(d.getValue("Filed", "Confession")).isEqualTo(6_300L);
        assertThat(d.getValue("Granted", "Witness testimony")).isEqualTo(260L);
        assertThat(d.getValue("Granted", "Other")).as("3 < 5: primary").isNull();
        assertThat(d.getValue("Granted", "Physical documentary"))
                .as("next smallest: secondary")
                .isNull();
    }

    @Test
    void decisionsStackGrantedAndDeniedPerPeriod() {
        CategoryDataset d =
                ((CategoryPlot) charts.get("exclusion-decisions").chart().getPlot()).getDataset();
        assertThat(d.getColumnCount()).isEqualTo(14);
        assertThat(d.getValue("Granted in full or in part", "2025")).isEqualTo(1_560L);
        assertThat(d.getValue("Denied", "2025")).isEqualTo(7_440L);
        assertThat(d.getValue("Denied", "2012"))
                .as("no motions before the 2012 revision: 0 < 5")
                .isNull();
    }

    @Test
    void overturnedHasYearlyBarsAndARunningTotal() {
        CategoryPlot plot =
                (CategoryPlot) charts.get("overturned-convictions").chart().getPlot();
        CategoryDataset bars = plot.getDataset(0);
        CategoryDataset line = plot.getDataset(1);
        assertThat(bars.getValue(0, 0)).isEqualTo(6L);
        assertThat(bars.getValue(0, 13)).isEqualTo(55L);
        assertThat(line.getValue(0, 13)).isEqualTo(619L);
        assertThat(line.getRowKey(0)).isEqualTo("Cumulative since 2012");
    }
}
