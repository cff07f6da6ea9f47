package org.judicialmetrics.metrics;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spec.JobSpec;
import org.junit.jupiter.api.Test;

/** Values, flags and status derived from aggregated counts, without Spark. */
class MetricRowBuilderTest {

    private static final MetricRowBuilder BUILDER = new MetricRowBuilder(new RunContext("job", "run",
            LocalDate.of(2024, 12, 31), new JobSpec.Reliability(20, 100), new Confidence(0.95), 0));
    private static final Period YEAR = Period.year(2024);

    @Test
    void rateIsUnreliableBelowEitherThreshold() {
        MetricDefinition rate = metric("acquittal_rate");
        // 20 of 100 meets both thresholds; 19 of 100 and 20 of 99 do not.
        assertThat(BUILDER.row(rate, YEAR, "all", "all", counts(rate, 20L, 100L)).flags())
                .isEmpty();
        assertThat(BUILDER.row(rate, YEAR, "all", "all", counts(rate, 19L, 100L)).flags())
                .isEqualTo("u");
        assertThat(BUILDER.row(rate, YEAR, "all", "all", counts(rate, 20L, 99L)).flags())
                .isEqualTo("u");
    }

    @Test
    void sumWithoutAnyRecordedValueIsNotAvailableNotZero() {
        MetricDefinition sum = metric("compensation_total");
        // Two overturned convictions, none with a compensation amount: x, never 0.
        MetricRow missing = BUILDER.row(sum, YEAR, "all", "all",
                Map.of(sum.numerator().name() + Measure.QUALIFYING, 2L, sum.numerator().name() + Measure.OBSERVED, 0L));
        assertThat(missing.value()).isNull();
        assertThat(missing.flags()).isEqualTo("x");
        // Nothing overturned: a true 0.
        assertThat(BUILDER.row(sum, YEAR, "all", "all", Map.of()).value()).isEqualTo(0.0);
    }

    @Test
    void medianOfNothingIsNotApplicable() {
        MetricRow median = BUILDER.row(metric("median_years_to_correction"), YEAR, "all", "all", Map.of());
        assertThat(median.value()).isNull();
        assertThat(median.flags()).isEqualTo("z");
    }

    @Test
    void periodsEndingAfterTheAsOfDateAreProvisional() {
        MetricRow row = BUILDER.row(metric("acquittal_rate"), Period.year(2025), "all", "all", Map.of());
        assertThat(row.status()).isEqualTo("provisional");
        assertThat(row.flags()).isEqualTo("zp");
        assertThat(BUILDER.row(metric("acquittals"), YEAR, "all", "all", Map.of()).status()).isEqualTo("final");
    }

    @Test
    void unavailableMetricsAreX() {
        MetricRow row = BUILDER.unavailable(metric("overturn_rate"), YEAR, "all", "all");
        assertThat(row.value()).isNull();
        assertThat(row.numerator()).isNull();
        assertThat(row.flags()).isEqualTo("x");
    }

    /** A cell giving the rate's numerator and denominator. */
    private static Map<String, Object> counts(MetricDefinition rate, long x, long n) {
        return Map.of(rate.numerator().name(), x, rate.denominator().name(), n);
    }

    private static MetricDefinition metric(String id) {
        return TestModel.registry().byId(id).orElseThrow();
    }
}
