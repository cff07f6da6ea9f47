package org.judicialmetrics.metrics;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.metrics.stats.Interval;
import org.judicialmetrics.metrics.stats.Newcombe;
import org.judicialmetrics.metrics.stats.Wilson;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric on {@link MetricFixtures#sample}, run for 2018 as of 2019-04-10, against values computed by hand. The
 * fixture's outcomes, by concluded date (region, prosecution type, outcome, case/defendant):
 * <pre>
 * o0  2011-05-05 A PUBLIC  CONVICTED                 (before the baseline)
 * o1  2012-12-31 A PUBLIC  ACQUITTED insufficient    (last day of pre-2013)
 * o2  2012-06-01 B PUBLIC  CONVICTED
 * o3  2012-03-01 A PUBLIC  PROSECUTION_WITHDRAWN
 * o4  2013-01-01 A PRIVATE CONVICTED                 (first day of cpl-2012)
 * o5  2013-05-05 - PRIVATE ACQUITTED not a crime     (region null: unknown)
 * o6  2013-07-07 B PUBLIC  EXEMPT_FROM_PUNISHMENT
 * o7  2013-08-08 B PUBLIC  TERMINATED                (not adjudicated)
 * o8  2017-06-26 A PUBLIC  ACQUITTED insufficient    (last day of cpl-2012; case C8 had m4 granted 2017-06-20)
 * o9  2017-06-27 A PUBLIC  CONVICTED                 (first day of exclusion-rules-2017)
 * o10 2017-12-31 B PUBLIC  NOT_CRIMINALLY_LIABLE
 * o11 2018-03-03 A PUBLIC  ACQUITTED insufficient    (C11/D11: m1 filed 2018-01-10, granted 2018-02-20)
 * o12 2018-04-04 A PUBLIC  CONVICTED                 (C11/D12: m3 filed 2018-05-01, after the outcome)
 * o13 2019-01-05 A PUBLIC  ACQUITTED                 (after the run period: never counted)
 * </pre>
 * Years 2014 to 2016 have no rows at all.
 */
class MetricEngineTest extends SparkTest {

    private static final JobSpec SPEC = new JobSpec("judicial", null, PeriodType.YEAR, null, null, null, null, null,
            null, null, null, null);
    private static final Period RUN = Period.year(2018);
    private static final Confidence NINETY_FIVE = new Confidence(0.95);
    private static MetricTable table;

    @BeforeAll
    static void compute() {
        table = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-1",
                LocalDate.of(2019, 4, 10));
    }

    @Test
    void outcomeMetricsOfTheRunYear() {
        // 2018: o11 acquitted (insufficient evidence, public), o12 convicted (public): 2 adjudicated, 1 acquittal.
        assertCount("year", "2018", "defendants_adjudicated", 2);
        assertCount("year", "2018", "acquittals", 1);
        assertRate("year", "2018", "acquittal_rate", 1, 2, "u");
        assertRate("year", "2018", "acquittal_rate_public", 1, 2, "u");
        assertCount("year", "2018", "acquittals_insufficient_evidence", 1);
        assertRate("year", "2018", "insufficient_evidence_share", 1, 1, "u");
        assertCount("year", "2018", "prosecution_withdrawals", 0);
        assertRatio("year", "2018", "withdrawal_ratio", 0, 2, "u");
        // No private prosecution concluded in 2018: 0 of 0 is not applicable, never NaN.
        MetricRow privateRate = row("year", "2018", "all", "all", "acquittal_rate_private");
        assertThat(privateRate.numerator()).isZero();
        assertThat(privateRate.denominator()).isZero();
        assertThat(privateRate.value()).isNull();
        assertThat(privateRate.ciLow()).isNull();
        assertThat(privateRate.flags()).isEqualTo("z");
    }

    @Test
    void linksBetweenOutcomesAndMotions() {
        // D11 filed m1 (2018-01-10) before concluding (2018-03-03); D12's m3 (2018-05-01) came after: 1 of 2.
        assertRate("year", "2018", "exclusion_application_rate", 1, 2, "u");
        // o11's case C11 had m1 granted 2018-02-20, before the acquittal on 2018-03-03.
        assertCount("year", "2018", "acquittals_after_exclusion", 1);
        // 2017: o8 (case C8, m4 partially granted 2017-06-20, filed 2017-06-01) is acquitted; o9's m2 was filed
        // 2017-12-01, after o9 concluded on 2017-06-27. Adjudicated 2017: o8, o9, o10 = 3; with a motion: o8 = 1.
        assertCount("year", "2017", "acquittals_after_exclusion", 1);
        assertRate("year", "2017", "exclusion_application_rate", 1, 3, "u");
    }

    @Test
    void motionsCountByFiledAndByDecidedDate() {
        // Filed in 2018: m1, m3, m5 (2018-12-31) = 3; at investigation: none (m2 was filed in 2017).
        assertCount("year", "2018", "exclusion_motions_filed", 3);
        assertCount("year", "2018", "exclusion_motions_at_investigation", 0);
        // Decided in 2018: m1 GRANTED, m2 DENIED; m5 is decided 2019-01-02, after the run period.
        assertCount("year", "2018", "exclusion_motions_decided", 2);
        assertCount("year", "2018", "exclusion_motions_granted", 1);
        assertRate("year", "2018", "exclusion_grant_rate", 1, 2, "u");
        assertCount("year", "2018", "evidence_items_excluded", 2);
        // 2017: filed m2 (investigation) and m4; decided m4 PARTIALLY_GRANTED with 1 item.
        assertCount("year", "2017", "exclusion_motions_filed", 2);
        assertCount("year", "2017", "exclusion_motions_at_investigation", 1);
        assertCount("year", "2017", "exclusion_motions_granted", 1);
        assertRate("year", "2017", "exclusion_grant_rate", 1, 1, "u");
        assertCount("year", "2017", "evidence_items_excluded", 1);
    }

    @Test
    void reviewMetrics() {
        // 2018: r3 OVERTURNED_MODIFIED (2008-01-01 -> 2018-01-01 = 3653 days), r4 OVERTURNED_ACQUITTED
        // (2016-01-01 -> 2018-06-30 = 366 + 365 + 180 = 911 days).
        assertCount("year", "2018", "convictions_reviewed", 2);
        assertCount("year", "2018", "convictions_overturned", 2);
        assertCount("year", "2018", "overturned_to_acquittal", 1);
        assertRate("year", "2018", "overturn_rate", 2, 2, "u");
        assertCount("year", "2018", "major_wrongful_convictions_corrected", 0);
        // Median of two: (3653 / 365.25 + 911 / 365.25) / 2 = 6.2478; 2 observations < 20: u.
        MetricRow median = row("year", "2018", "all", "all", "median_years_to_correction");
        assertThat(median.value()).isCloseTo((3653 + 911) / 2 / 365.25, within(1e-9));
        assertThat(median.flags()).isEqualTo("u");
        // Custody: r3 4.0, r4 missing -> 4.0. Compensation: r3 missing, r4 5000.0 -> 5000.0.
        assertThat(row("year", "2018", "all", "all", "years_in_custody_total").value()).isEqualTo(4.0);
        assertThat(row("year", "2018", "all", "all", "compensation_total").value()).isEqualTo(5000.0);
        // 2012: r2 UPHELD, nothing overturned: no median (z), sums 0 (nothing qualifies).
        assertThat(row("year", "2012", "all", "all", "median_years_to_correction").flags()).isEqualTo("z");
        assertThat(row("year", "2012", "all", "all", "compensation_total").value()).isEqualTo(0.0);
    }

    @Test
    void cumulativeCountsFromTheBaseline() {
        // 2012-01-01 to 2018-12-31 (o0 of 2011 is before the baseline, o13 after the run): adjudicated o1 o2 o4 o5 o6
        // o8 o9 o10 o11 o12 = 10, acquitted o1 o5 o8 o11 = 4.
        MetricRow rate = row("cumulative", "2018", "all", "all", "acquittal_rate");
        assertThat(rate.periodStart()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(rate.periodEnd()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertRate("cumulative", "2018", "acquittal_rate", 4, 10, "u");
        assertCount("cumulative", "2012", "defendants_adjudicated", 2);
        assertCount("cumulative", "2015", "defendants_adjudicated", 5);
        assertCount("cumulative", "2018", "prosecution_withdrawals", 1);
        // Reviews r1 r2 r3 r4; overturned r1 (4749 days), r3 (3653), r4 (911): median 3653 / 365.25.
        assertCount("cumulative", "2018", "convictions_reviewed", 4);
        assertCount("cumulative", "2018", "major_wrongful_convictions_corrected", 1);
        assertThat(row("cumulative", "2018", "all", "all", "median_years_to_correction").value())
                .isCloseTo(3653 / 365.25, within(1e-9));
        assertThat(row("cumulative", "2013", "all", "all", "median_years_to_correction").value())
                .isCloseTo(4749 / 365.25, within(1e-9));
        assertThat(row("cumulative", "2018", "all", "all", "compensation_total").value()).isEqualTo(105000.0);
        assertThat(row("cumulative", "2018", "all", "all", "years_in_custody_total").value()).isEqualTo(14.5);
        // No cumulative row before the baseline year, a calendar row for 2011 (the earliest data).
        assertThat(table.rows(PeriodType.CUMULATIVE.label(), "2011", "all", "all")).isEmpty();
        assertCount("year", "2011", "defendants_adjudicated", 1);
    }

    @Test
    void eraBoundariesAndOpenEnds() {
        // pre-2013 (2011-05-05, the earliest data, to 2012-12-31): o0 o1 o2 adjudicated, o1 acquitted.
        // cpl-2012 (2013-01-01 to 2017-06-26): o4 o5 o6 o8 adjudicated, o5 o8 acquitted.
        // exclusion-rules-2017 (2017-06-27 to the run's end 2018-12-31): o9 o10 o11 o12, o11 acquitted.
        assertRate("era", "pre-2013", "acquittal_rate", 1, 3, "u");
        assertRate("era", "cpl-2012", "acquittal_rate", 2, 4, "u");
        assertRate("era", "exclusion-rules-2017", "acquittal_rate", 1, 4, "u");
        MetricRow pre = row("era", "pre-2013", "all", "all", "acquittal_rate");
        assertThat(pre.periodStart()).isEqualTo(LocalDate.of(2011, 5, 5));
        assertThat(row("era", "exclusion-rules-2017", "all", "all", "acquittal_rate").periodEnd())
                .isEqualTo(LocalDate.of(2018, 12, 31));
        // Reviews: r2 on 2012-12-31 is pre-2013, r1 on 2013-01-01 is cpl-2012.
        assertCount("era", "pre-2013", "convictions_reviewed", 1);
        assertCount("era", "cpl-2012", "convictions_overturned", 1);
    }

    @Test
    void eraChangesCarryNewcombeIntervals() {
        // cpl-2012 vs pre-2013: 2/4 - 1/3 = 0.1667; exclusion-rules-2017 vs cpl-2012: 1/4 - 2/4 = -0.25.
        MetricRow first = row("era", "cpl-2012", "era_change", "cpl-2012 vs pre-2013", "acquittal_rate");
        Interval expected = Newcombe.difference(2, 4, 1, 3, NINETY_FIVE);
        assertThat(first.value()).isCloseTo(2.0 / 4 - 1.0 / 3, within(1e-12));
        assertThat(first.ciLow()).isEqualTo(expected.low());
        assertThat(first.ciHigh()).isEqualTo(expected.high());
        assertThat(first.flags()).isEqualTo("u");
        assertThat(first.numerator()).isNull();
        MetricRow second = row("era", "exclusion-rules-2017", "era_change", "exclusion-rules-2017 vs cpl-2012",
                "acquittal_rate");
        assertThat(second.value()).isCloseTo(-0.25, within(1e-12));
        // Private prosecutions: pre-2013 has none, so the change from it is not applicable.
        assertThat(row("era", "cpl-2012", "era_change", "cpl-2012 vs pre-2013", "acquittal_rate_private").flags())
                .isEqualTo("z");
        // Counts have no era comparison.
        assertThat(table.rows("era", "cpl-2012", "era_change", "cpl-2012 vs pre-2013"))
                .allMatch(r -> TestModel.registry().byId(r.metricId()).orElseThrow().kind() == MetricKind.RATE);
    }

    @Test
    void emptyPeriodsAreZeroCountsAndUndefinedRates() {
        // 2014 to 2016 have no rows: a row for every metric anyway, counts 0, rates z with a null value.
        assertCount("year", "2015", "defendants_adjudicated", 0);
        assertCount("year", "2015", "exclusion_motions_filed", 0);
        MetricRow rate = row("year", "2015", "all", "all", "acquittal_rate");
        assertThat(rate.value()).isNull();
        assertThat(rate.flags()).isEqualTo("z");
        assertThat(table.rows()).noneMatch(r -> r.value() != null && r.value().isNaN());
    }

    @Test
    void breakdownsWithUnknownAndMultiValuedGrounds() {
        // 2013: o5 has no region -> unknown; o4 (A) and o6 (B) adjudicated, o7 (B) terminated.
        assertThat(row("year", "2013", "region", "unknown", "defendants_adjudicated").numerator()).isEqualTo(1);
        assertThat(row("year", "2013", "region", "B", "defendants_adjudicated").numerator()).isEqualTo(1);
        assertThat(row("year", "2013", "prosecution_type", "PRIVATE", "acquittal_rate").value()).isEqualTo(0.5);
        // A region seen in some year gets a row in every year: region unknown in 2018 is 0 of 0.
        assertThat(row("year", "2018", "region", "unknown", "acquittal_rate").flags()).isEqualTo("z");
        // 2018 reviews: r3 NEW_EVIDENCE; r4 TRUE_PERPETRATOR_FOUND and INSUFFICIENT_EVIDENCE (space trimmed): each
        // review counts under each of its grounds, 3 ground rows for 2 reviews.
        assertThat(row("year", "2018", "grounds", "NEW_EVIDENCE", "convictions_reviewed").numerator()).isEqualTo(1);
        assertThat(row("year", "2018", "grounds", "TRUE_PERPETRATOR_FOUND", "convictions_reviewed").numerator())
                .isEqualTo(1);
        assertThat(row("year", "2018", "grounds", "INSUFFICIENT_EVIDENCE", "convictions_reviewed").numerator())
                .isEqualTo(1);
        assertThat(row("year", "2012", "grounds", "unknown", "convictions_reviewed").numerator()).isEqualTo(1);
        // Motions without a court level (investigation stage) count as unknown; breakdowns follow the dataset.
        assertThat(row("year", "2017", "court_level", "unknown", "exclusion_motions_filed").numerator()).isEqualTo(1);
        assertThat(table.rows()).noneMatch(r -> r.metricId().equals("acquittals") && r.breakdown().equals("stage"));
        assertThat(table.rows()).noneMatch(r -> r.metricId().equals("exclusion_motions_filed")
                && r.breakdown().equals("grounds"));
    }

    @Test
    void groundsAreCountedOnceEachAndEmptyOnesAreUnknown() {
        // r1 "NEW_EVIDENCE;;NEW_EVIDENCE;" counts once under NEW_EVIDENCE; r2 " ; " has no ground: unknown.
        MetricTable grounds = MetricEngine.compute(new AcceptedData(Map.of(Dataset.CONVICTION_REVIEWS,
                MetricFixtures.frame(spark(), Dataset.CONVICTION_REVIEWS, List.of(
                        MetricFixtures.review("r1", "2010-01-01", "2018-02-01", "UPHELD", "NEW_EVIDENCE;;NEW_EVIDENCE;",
                                null, null, null),
                        MetricFixtures.review("r2", "2010-01-01", "2018-03-01", "UPHELD", " ; ", null, null,
                                null))))), SPEC, RUN, "run-4", LocalDate.of(2019, 4, 10));
        assertThat(grounds.rows()).filteredOn(r -> r.periodType().equals("year") && r.periodLabel().equals("2018")
                        && r.breakdown().equals("grounds") && r.metricId().equals("convictions_reviewed"))
                .extracting(MetricRow::breakdownValue, MetricRow::numerator)
                .containsExactly(tuple("NEW_EVIDENCE", 1L),
                        tuple("unknown", 1L));
    }

    @Test
    void absentDatasetMakesItsMetricsUnavailable() {
        MetricTable withoutMotions = MetricEngine.compute(new AcceptedData(Map.of(Dataset.DEFENDANT_OUTCOMES,
                MetricFixtures.sample(spark()).get(Dataset.DEFENDANT_OUTCOMES))), SPEC, RUN, "run-2",
                LocalDate.of(2019, 4, 10));
        MetricRow filed = withoutMotions.rows("year", "2018", "all", "all").stream()
                .filter(r -> r.metricId().equals("exclusion_motions_filed")).findFirst().orElseThrow();
        assertThat(filed.value()).isNull();
        assertThat(filed.numerator()).isNull();
        assertThat(filed.flags()).isEqualTo("x");
        assertThat(withoutMotions.rows("year", "2018", "all", "all")).filteredOn(r -> r.flags().equals("x"))
                .extracting(MetricRow::metricId)
                .contains("exclusion_application_rate", "acquittals_after_exclusion", "convictions_reviewed",
                        "median_years_to_correction")
                .doesNotContain("acquittal_rate", "defendants_adjudicated");
        assertThat(withoutMotions.rows("year", "2018", "all", "all")).filteredOn(r -> r.metricId()
                .equals("acquittal_rate")).singleElement().extracting(MetricRow::value).isEqualTo(0.5);
        assertThat(Headline.of(withoutMotions, RUN, SPEC.model().metrics()).summary())
                .endsWith("exclusion grant rate x; convictions overturned x");
    }

    @Test
    void periodsWithinTheirProvisionalDaysAreProvisional() {
        MetricTable early = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-3",
                LocalDate.of(2018, 7, 1));
        MetricRow current = early.rows("year", "2018", "all", "all").get(0);
        assertThat(current.status()).isEqualTo("provisional");
        assertThat(current.flags()).contains("p");
        assertThat(early.rows("year", "2017", "all", "all").get(0).status()).isEqualTo("final");
        assertThat(early.rows("era", "exclusion-rules-2017", "all", "all").get(0).status()).isEqualTo("provisional");
        assertThat(table.rows()).allMatch(r -> r.status().equals("final"));
        // provisional until provisional_days (default 90) after the period's end: late records may still arrive
        MetricTable day89 = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-5",
                LocalDate.of(2019, 3, 30));
        assertThat(day89.rows("year", "2018", "all", "all").get(0).status()).isEqualTo("provisional");
        MetricTable day90 = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), SPEC, RUN, "run-6",
                LocalDate.of(2019, 3, 31));
        assertThat(day90.rows("year", "2018", "all", "all").get(0).status()).isEqualTo("final");
    }

    @Test
    void everyRegisteredMetricHasARowForEveryPeriod() {
        // 2011..2018 calendar years, 3 eras, cumulative 2012..2018.
        for (MetricDefinition m : TestModel.registry().all()) {
            assertThat(table.rows()).filteredOn(r -> r.metricId().equals(m.id()) && r.breakdown().equals("all"))
                    .extracting(MetricRow::periodType).containsOnly("year", "era", "cumulative").hasSize(8 + 3 + 7);
        }
    }

    @Test
    void headlineOfTheRunPeriod() {
        Headline h = Headline.of(table, RUN, SPEC.model().metrics());
        assertThat(h.summary()).isEqualTo("2018: acquittal rate 50.000% [9.453%, 90.547%] (1 of 2); "
                + "exclusion grant rate 50.000% [9.453%, 90.547%] (1 of 2); convictions overturned 2");
    }

    private static MetricRow row(String type, String label, String breakdown, String value, String metric) {
        return table.rows(type, label, breakdown, value).stream().filter(r -> r.metricId().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + type + " " + label + " " + breakdown
                        + "=" + value + " " + metric));
    }

    private static void assertCount(String type, String label, String metric, long expected) {
        MetricRow r = row(type, label, "all", "all", metric);
        assertThat(r.numerator()).as(metric + " " + label).isEqualTo(expected);
        assertThat(r.value()).as(metric + " " + label).isEqualTo((double) expected);
        assertThat(r.denominator()).isNull();
    }

    /** A ratio has its quotient and no interval (it may exceed 1). */
    private static void assertRatio(String type, String label, String metric, long x, long n, String flags) {
        MetricRow r = row(type, label, "all", "all", metric);
        assertThat(r.numerator()).as(metric + " " + label).isEqualTo(x);
        assertThat(r.denominator()).as(metric + " " + label).isEqualTo(n);
        assertThat(r.value()).as(metric + " " + label).isCloseTo((double) x / n, within(1e-12));
        assertThat(r.ciLow()).isNull();
        assertThat(r.ciHigh()).isNull();
        assertThat(r.flags()).as(metric + " " + label).isEqualTo(flags);
    }

    private static void assertRate(String type, String label, String metric, long x, long n, String flags) {
        MetricRow r = row(type, label, "all", "all", metric);
        Interval expected = Wilson.interval(x, n, NINETY_FIVE);
        assertThat(r.numerator()).as(metric + " " + label).isEqualTo(x);
        assertThat(r.denominator()).as(metric + " " + label).isEqualTo(n);
        assertThat(r.value()).as(metric + " " + label).isCloseTo((double) x / n, within(1e-12));
        assertThat(r.ciLow()).isEqualTo(expected.low());
        assertThat(r.ciHigh()).isEqualTo(expected.high());
        assertThat(r.flags()).as(metric + " " + label).isEqualTo(flags);
    }
}
