package org.judicialmetrics.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.spec.PublishedFigures.Denominator;
import org.judicialmetrics.testing.TestModel;
import org.junit.jupiter.api.Test;

class ChinaAcquittalSeriesTest {

    private final CountTable table =
            new CountTable(ChinaPublishedFiguresReaderTest.reference());
    private static final PublishedFigures PUBLISHED = TestModel.cn().profile().published();
    private final AcquittalSeries series = new AcquittalSeries(table, PUBLISHED, new Confidence(0.95));

    /** A denominator of the cn profile, by its measure. */
    private static Denominator denominator(String measure) {
        return PUBLISHED.denominator(measure);
    }

    private static MetricRow at(List<SeriesPoint> points, int year) {
        return points.stream().filter(p -> p.year() == year).findFirst().orElseThrow().row();
    }

    @Test
    void yearbookRateOf2000IsTheYearbookCountOverPersonsAdjudicated() {
        MetricRow r = at(series.rates(denominator("persons_adjudicated_yearbook"), 2000, 2025), 2000);

        assertThat(r.numerator()).isEqualTo(6617);
        assertThat(r.denominator()).isEqualTo(648_725);
        assertThat(r.value()).isCloseTo(6617.0 / 648_725, within(1e-12));
        assertThat(r.ciLow()).isLessThan(r.value());
        assertThat(r.ciHigh()).isGreaterThan(r.value());
    }

    @Test
    void rateOn2022EffectiveJudgmentsHasTheSpecifiedWilsonInterval() {
        MetricRow r = at(series.rates(denominator("persons_effective_judgments"), 2000, 2025), 2022);

        assertThat(r.numerator()).isEqualTo(631);
        assertThat(r.denominator()).isEqualTo(1_431_585);
        assertThat(100 * r.value()).isCloseTo(0.04408, within(0.000005));
        assertThat(100 * r.ciLow()).isCloseTo(0.04077, within(0.000005));
        assertThat(100 * r.ciHigh()).isCloseTo(0.04765, within(0.000005));
    }

    @Test
    void yearsWithoutAnAcquittalCountAreNotAvailableNeverZero() {
        List<SeriesPoint> acquittals = series.acquittals(2000, 2025);
        List<SeriesPoint> ratio = series.rates(denominator("persons_sentenced"), 2000, 2025);

        for (int year : new int[] {2017, 2019}) {
            assertThat(at(acquittals, year).value()).isNull();
            assertThat(at(acquittals, year).flags()).isEqualTo("x");
            assertThat(at(ratio, year).value()).isNull();
            assertThat(at(ratio, year).flags()).isEqualTo("x");
        }
        assertThat(at(ratio, 2023).value()).as("2023 has a count but no persons sentenced").isNull();
    }

    @Test
    void publicPlusPrivateMakeTheTotalWhenNoTotalIsPublished() {
        List<SeriesPoint> acquittals = series.acquittals(2000, 2025);

        assertThat(at(acquittals, 2016).numerator()).isEqualTo(656 + 420);
        assertThat(at(acquittals, 2014).numerator()).as("published total").isEqualTo(778);
        assertThat(at(acquittals, 2021).value()).as("only the public count is published").isNull();
        SeriesPoint p2016 = acquittals.stream().filter(p -> p.year() == 2016).findFirst().orElseThrow();
        assertThat(p2016.sources()).extracting(PublishedFigure::measure)
                .containsExactly("acquitted_public", "acquitted_private");
    }

    @Test
    void ratioToPersonsSentencedOf2016() {
        MetricRow r = at(series.rates(denominator("persons_sentenced"), 2000, 2025), 2016);

        assertThat(r.numerator()).isEqualTo(1076);
        assertThat(r.denominator()).isEqualTo(1_220_000);
    }

    @Test
    void combinedSeriesMarksEachChangeOfDenominatorAsABreak() {
        List<SeriesPoint> combined = series.combined(2000, 2025);

        assertThat(at(combined, 2013).breakdownValue()).isEqualTo("persons_adjudicated_yearbook");
        assertThat(at(combined, 2013).flags()).doesNotContain("b");
        assertThat(at(combined, 2014).breakdownValue()).isEqualTo("persons_sentenced");
        assertThat(at(combined, 2014).flags()).isEqualTo("b");
        assertThat(at(combined, 2015).flags()).isEmpty();
        assertThat(at(combined, 2018).flags()).as("same denominator across the 2017 gap").isEmpty();
        assertThat(at(combined, 2022).breakdownValue()).isEqualTo("persons_effective_judgments");
        assertThat(at(combined, 2022).flags()).isEqualTo("b");
        assertThat(combined.stream().filter(p -> p.row().flags().contains("b")).map(SeriesPoint::year))
                .containsExactly(2014, 2022);
    }
}
