package org.judicialmetrics.report.disclosure;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.junit.jupiter.api.Test;

/** The public Parquet copy withholds the same cells as the report. */
class MetricRowSuppressionTest {

    @Test
    void withheldRowsLoseTheirFiguresAndGainFlagC() {
        List<MetricRow> rows = List.of(
                count("all", "all", 130),
                count("region", "A", 3),
                count("region", "B", 7),
                count("region", "C", 120),
                rate("all", "all", 12, 130),
                rate("region", "A", 1, 3),
                rate("region", "B", 2, 7),
                rate("region", "C", 9, 120));
        List<MetricRow> out = MetricRowSuppression.apply(rows, 5, TestModel.registry().numeratorCounts());

        assertThat(out.get(0)).isEqualTo(rows.get(0));
        assertThat(out.get(1).numerator()).isNull();
        assertThat(out.get(1).value()).isNull();
        assertThat(out.get(1).flags()).isEqualTo("c");
        assertThat(out.get(2).flags()).as("secondary").isEqualTo("c");
        assertThat(out.get(3)).isEqualTo(rows.get(3));
        assertThat(out.get(4)).isEqualTo(rows.get(4));
        assertThat(out.get(5).denominator()).isNull();
        assertThat(out.get(5).ciHigh()).isNull();
        assertThat(out.get(5).flags()).isEqualTo("cu");
        assertThat(out.get(6).value()).isNull();
        assertThat(out.get(7).numerator())
                .as("9 is published; 1 and 2 hide each other")
                .isEqualTo(9L);
    }

    @Test
    void aNumeratorCloseToItsDenominatorIsWithheldLikeTheDifferenceItWouldPublish() {
        List<MetricRow> rows = List.of(
                row("all", "all", "exclusion_motions_decided", 20L, null, 20.0, ""),
                row("all", "all", "exclusion_motions_granted", 17L, null, 17.0, ""),
                row("all", "all", "exclusion_grant_rate", 17L, 20L, 0.85, "u"),
                row("all", "all", "convictions_reviewed", 40L, null, 40.0, ""),
                row("all", "all", "convictions_overturned", 12L, null, 12.0, ""));
        List<MetricRow> out = MetricRowSuppression.apply(rows, 5, TestModel.registry().numeratorCounts());

        assertThat(out.get(0)).as("the denominator stays").isEqualTo(rows.get(0));
        assertThat(out.get(1).numerator()).as("17 of 20 would publish 3 denied").isNull();
        assertThat(out.get(1).flags()).isEqualTo("c");
        assertThat(out.get(2).numerator()).isNull();
        assertThat(out.get(2).value()).isNull();
        assertThat(out.get(2).denominator()).isEqualTo(20L);
        assertThat(out.get(4)).as("28 not overturned is no small count").isEqualTo(rows.get(4));
    }

    private static MetricRow count(String breakdown, String value, long n) {
        return row(breakdown, value, "acquittals", n, null, (double) n, "");
    }

    private static MetricRow rate(String breakdown, String value, long x, long n) {
        return row(breakdown, value, "acquittal_rate", x, n, (double) x / n, n < 100 ? "u" : "");
    }

    private static MetricRow row(
            String breakdown, String value, String metric, Long x, Long n, Double v, String flags) {
        return new MetricRow(
                "j",
                "r",
                "year",
                "2024",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                breakdown,
                value,
                metric,
                x,
                n,
                v,
                v == null ? null : v * 0.9,
                v == null ? null : v * 1.1,
                flags,
                "final",
                "1");
    }
}
