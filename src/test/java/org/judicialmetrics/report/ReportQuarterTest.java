package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.metrics.stats.Interval;
import org.judicialmetrics.metrics.stats.Wilson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.report.fixture.FakeGlossary;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpec;
import org.junit.jupiter.api.Test;

/** A quarterly report compares with the previous quarter and with the same quarter a year earlier. */
class ReportQuarterTest {

    private final Confidence ci = new Confidence(0.95);

    @Test
    void headlineHasPreviousQuarterAndSameQuarterAYearEarlier() {
        List<MetricRow> rows = List.of(
                rate(Period.quarter(2025, 2), 120, 400_000),
                rate(Period.quarter(2025, 1), 110, 390_000),
                rate(Period.quarter(2024, 2), 60, 380_000));
        JobSpec spec =
                new JobSpec("q", "Quarterly", PeriodType.QUARTER, null, null, null, null, null, null, null, null, null);
        ReportInput input = new ReportInput(
                spec,
                Period.quarter(2025, 2),
                LocalDate.of(2025, 7, 15),
                Instant.parse("2025-07-15T00:00:00Z"),
                "r",
                rows,
                new DataQuality(
                        List.of(new DataQuality.DatasetQuality("defendant_outcomes", 1, 1, Map.of())), List.of()),
                List.of(),
                true,
                new FakeGlossary());

        ReportContent content = ReportContent.of(input);
        ReportTable headline = content.tables().stream()
                .filter(t -> t.id().equals("headline"))
                .findFirst()
                .orElseThrow();

        assertThat(headline.columns())
                .extracting(Column::header)
                .containsExactly(
                        "Metric",
                        "Unit",
                        "2025-Q2",
                        "2025-Q1",
                        "2024-Q2",
                        "Change vs 2025-Q1",
                        "95% CI of change",
                        "Beyond noise?");
        assertThat(headline.rows().get(0))
                .extracting(Cell::text)
                .containsExactly(
                        "Acquittal rate",
                        "%",
                        "0.03000%",
                        "0.02821%",
                        "0.01579%",
                        "+0.001795 pp",
                        "[-0.005792, +0.009377] pp",
                        "No");
        assertThat(content.mainPoints()).last().isEqualTo("Figures for 2025-Q2 are provisional and may be revised.");
    }

    private MetricRow rate(Period p, long x, long n) {
        Interval w = Wilson.interval(x, n, ci);
        return new MetricRow(
                "q",
                "r",
                "quarter",
                p.label(),
                p.start(),
                p.end(),
                "all",
                "all",
                "acquittal_rate",
                x,
                n,
                (double) x / n,
                w.low(),
                w.high(),
                "",
                "provisional",
                "1");
    }
}
