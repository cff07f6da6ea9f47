package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.metrics.MetricFixtures.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;

/** Rows on the last and first days of months and quarters land in the right period; rows after the run are dropped. */
class MetricPeriodBoundaryTest extends SparkTest {

    private static final AcceptedData DATA = new AcceptedData(Map.of(Dataset.DEFENDANT_OUTCOMES,
            MetricFixtures.frame(spark(), Dataset.DEFENDANT_OUTCOMES, List.of(
                    outcome("a", "C1", "D1", "A", "PUBLIC", "2017-12-31", "CONVICTED", null),
                    outcome("b", "C2", "D2", "A", "PUBLIC", "2018-01-01", "CONVICTED", null),
                    outcome("c", "C3", "D3", "A", "PUBLIC", "2018-01-31", "CONVICTED", null),
                    outcome("d", "C4", "D4", "A", "PUBLIC", "2018-02-01", "CONVICTED", null),
                    outcome("e", "C5", "D5", "A", "PUBLIC", "2018-02-28", "CONVICTED", null),
                    outcome("f", "C6", "D6", "A", "PUBLIC", "2018-03-31", "CONVICTED", null),
                    outcome("g", "C7", "D7", "A", "PUBLIC", "2018-04-01", "CONVICTED", null)))));

    @Test
    void quarters() {
        // 2017-Q4: a. 2018-Q1: b c d e f = 5. g (2018-04-01) is after the run period 2018-Q1.
        MetricTable t = compute(PeriodType.QUARTER, Period.quarter(2018, 1));
        assertThat(adjudicated(t, "quarter", "2017-Q4")).isEqualTo(1);
        assertThat(adjudicated(t, "quarter", "2018-Q1")).isEqualTo(5);
        assertThat(adjudicated(t, "cumulative", "2018-Q1")).isEqualTo(6);
        assertThat(adjudicated(t, "era", "exclusion-rules-2017")).isEqualTo(6);
        assertThat(t.rows()).noneMatch(r -> r.periodLabel().equals("2018-Q2"));
    }

    @Test
    void months() {
        // 2018-01: b c; 2018-02: d e; the run 2018-02 drops f and g; cumulative to 2018-02: a b c d e.
        MetricTable t = compute(PeriodType.MONTH, Period.parse("2018-02"));
        assertThat(adjudicated(t, "month", "2017-12")).isEqualTo(1);
        assertThat(adjudicated(t, "month", "2018-01")).isEqualTo(2);
        assertThat(adjudicated(t, "month", "2018-02")).isEqualTo(2);
        assertThat(adjudicated(t, "cumulative", "2018-01")).isEqualTo(3);
        assertThat(adjudicated(t, "cumulative", "2018-02")).isEqualTo(5);
        assertThat(t.rows()).filteredOn(r -> r.periodType().equals("month")).extracting(MetricRow::periodLabel)
                .containsOnly("2017-12", "2018-01", "2018-02");
    }

    private static MetricTable compute(PeriodType granularity, Period run) {
        JobSpec spec = new JobSpec("boundaries", null, granularity, null, null, null, null, null, null, null, null, null);
        return MetricEngine.compute(DATA, spec, run, "run", LocalDate.of(2018, 6, 1));
    }

    private static long adjudicated(MetricTable t, String type, String label) {
        return t.rows(type, label, "all", "all").stream().filter(r -> r.metricId().equals("defendants_adjudicated"))
                .findFirst().orElseThrow().numerator();
    }
}
