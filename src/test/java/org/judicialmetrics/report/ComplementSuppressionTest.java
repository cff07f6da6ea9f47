package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.report.fixture.FakeGlossary;
import org.judicialmetrics.spec.JobSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rate's numerator and denominator published side by side publish their difference too: 17 motions granted of 20
 * decided tell that 3 were denied. Where the difference is a small count the numerator (and the rate) are withheld,
 * in the headline and in the trend table, as the decision table already does.
 */
class ComplementSuppressionTest {

    @TempDir
    Path out;

    private static MetricRow row(int year, String metric, Long numerator, Long denominator, Double value) {
        Period p = Period.year(year);
        return new MetricRow("a", "r", "year", p.label(), p.start(), p.end(), "all", "all", metric, numerator,
                denominator, value, value == null || denominator == null ? null : value - 0.1,
                value == null || denominator == null ? null : Math.min(1.0, value + 0.1), "", "final", "1");
    }

    @Test
    void aSmallDifferenceWithholdsTheNumeratorAndTheRate() throws IOException {
        List<MetricRow> rows = new ArrayList<>();
        rows.add(row(2024, "exclusion_motions_decided", 30L, null, 30.0));
        rows.add(row(2024, "exclusion_motions_granted", 10L, null, 10.0));
        rows.add(row(2024, "exclusion_grant_rate", 10L, 30L, 10.0 / 30));
        rows.add(row(2025, "exclusion_motions_decided", 20L, null, 20.0));
        rows.add(row(2025, "exclusion_motions_granted", 17L, null, 17.0));
        rows.add(row(2025, "exclusion_grant_rate", 17L, 20L, 17.0 / 20));
        JobSpec spec = new JobSpec("a", "Annual", PeriodType.YEAR, null, null, null, null, null, null, null, null,
                null);
        ReportInput input = new ReportInput(spec, Period.year(2025), LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T00:00:00Z"), "r", rows, new DataQuality(List.of(
                        new DataQuality.DatasetQuality("exclusion_motions", 50, 50, java.util.Map.of())), List.of()),
                List.of(),
                false, new FakeGlossary());

        Path dir = ReportRenderer.render(input, out);

        String headline = Files.readString(dir.resolve("tables/headline.csv"));
        assertThat(headline).contains("Exclusion motions decided,count,20.000000,,30.000000,");
        assertThat(headline).as("17 of 20 would publish 3 denied").contains("Exclusion motions granted,count,,c,10.000000,");
        assertThat(headline).contains("Exclusion grant rate,%,,c,33.333333,u,");
        assertThat(Files.readString(dir.resolve("tables/trend-exclusion_grant_rate.csv")))
                .contains("2025,,c,,,c,,c,20,")
                .contains("2024,33.333333,u,");
    }
}
