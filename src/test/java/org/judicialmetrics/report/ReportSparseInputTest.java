package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.report.fixture.FakeGlossary;
import org.judicialmetrics.spec.JobSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with one dataset and one small period still publishes: missing sections left out, small figures withheld. */
class ReportSparseInputTest {

    @TempDir
    Path out;

    @Test
    void onlyAcquittalsForOnePeriodWithSmallCounts() throws IOException {
        Period p = Period.month(YearMonth.of(2025, 3));
        List<MetricRow> rows = List.of(
                new MetricRow(
                        "m",
                        "r",
                        "month",
                        "2025-03",
                        p.start(),
                        p.end(),
                        "all",
                        "all",
                        "acquittal_rate",
                        3L,
                        40L,
                        0.075,
                        0.0258,
                        0.1989,
                        "u",
                        "provisional",
                        "1"),
                new MetricRow(
                        "m",
                        "r",
                        "month",
                        "2025-03",
                        p.start(),
                        p.end(),
                        "all",
                        "all",
                        "defendants_adjudicated",
                        40L,
                        null,
                        40.0,
                        null,
                        null,
                        "",
                        "provisional",
                        "1"));
        JobSpec spec = new JobSpec("m", "Monthly", PeriodType.MONTH, null, null, null, null, null, null, null, null, null);
        ReportInput input = new ReportInput(
                spec,
                p,
                LocalDate.of(2025, 4, 2),
                Instant.parse("2025-04-02T01:00:00Z"),
                "r",
                rows,
                new DataQuality(List.of(new DataQuality.DatasetQuality("defendant_outcomes", 40, 40,
                        java.util.Map.of())), List.of()),
                List.of(),
                true,
                new FakeGlossary());

        Path dir = ReportRenderer.render(input, out);

        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html)
                .contains("Provisional: figures may be revised", "Headline figures", "Trends since 2012")
                .contains("This report covers defendant outcomes only: the data hold no exclusion motions or"
                        + " conviction reviews")
                .doesNotContain(
                        ">Era comparison<", ">Overturned convictions<", ">Exclusion of illegally obtained evidence<");
        assertThat(Files.readString(dir.resolve("tables/headline.csv")))
                .contains("Acquittal rate,%,,cu,,x,")
                .contains("Defendants adjudicated,count,40.000000,,,x,");
        assertThat(Files.readString(dir.resolve("tables/trend-acquittal_rate.csv")))
                .contains("2025-03,,cu,,,c,,c,40,");
        assertThat(dir.resolve("report.pdf")).isNotEmptyFile();
    }
}
