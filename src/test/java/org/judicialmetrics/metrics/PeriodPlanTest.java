package org.judicialmetrics.metrics;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.junit.jupiter.api.Test;

/** Which periods a run publishes, without Spark. */
class PeriodPlanTest {

    private static final LocalDate BASELINE = LocalDate.of(2012, 1, 1);

    @Test
    void calendarFromTheEarliestDataCumulativeFromTheBaseline() {
        PeriodPlan plan = PeriodPlan.of(Period.year(2014), BASELINE, TestModel.cnEras(), LocalDate.of(2010, 7, 1));
        assertThat(plan.calendar()).extracting(Period::label).containsExactly("2010", "2011", "2012", "2013", "2014");
        assertThat(plan.cumulative()).extracting(Period::label).containsExactly("2012", "2013", "2014");
        assertThat(plan.cumulative()).allMatch(p -> p.start().equals(BASELINE) && p.type() == PeriodType.CUMULATIVE);
    }

    @Test
    void dataStartingAfterTheBaselineStartsThePeriods() {
        PeriodPlan plan = PeriodPlan.of(Period.quarter(2014, 2), BASELINE, TestModel.cnEras(), LocalDate.of(2013, 12, 31));
        assertThat(plan.calendar()).extracting(Period::label).containsExactly("2013-Q4", "2014-Q1", "2014-Q2");
        // The pre-2013 era ends before the data: no row; the open 2017 era starts after the run: no row.
        assertThat(plan.eras()).extracting(Period::label).containsExactly("cpl-2012");
        // An era cut by the run period ends with it.
        assertThat(plan.eras().get(0).end()).isEqualTo(LocalDate.of(2014, 6, 30));
    }

    @Test
    void openErasAreClosedByTheDataAndTheRunPeriod() {
        PeriodPlan plan = PeriodPlan.of(Period.parse("2020-03"), BASELINE, TestModel.cnEras(), LocalDate.of(2009, 2, 3));
        assertThat(plan.eras()).extracting(Period::label)
                .containsExactly("pre-2013", "cpl-2012", "exclusion-rules-2017");
        assertThat(plan.eras().get(0).start()).isEqualTo(LocalDate.of(2009, 2, 3));
        assertThat(plan.eras().get(2).end()).isEqualTo(LocalDate.of(2020, 3, 31));
    }

    @Test
    void withoutDataOnlyTheRunPeriod() {
        PeriodPlan plan = PeriodPlan.of(Period.year(2018), BASELINE, TestModel.cnEras(), null);
        assertThat(plan.calendar()).extracting(Period::label).containsExactly("2018");
        assertThat(plan.eras()).extracting(Period::label).containsExactly("exclusion-rules-2017");
        assertThat(plan.eras().get(0).start()).isEqualTo(LocalDate.of(2017, 6, 27));
    }
}
