package org.judicialmetrics.period;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesEachCalendarShape() {
        assertThat(Period.parse("2024")).isEqualTo(new Period(PeriodType.YEAR, "2024",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(Period.parse("2024-Q3").end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> Period.parse("2024-13")).hasMessageContaining("is not a year");
        assertThatThrownBy(() -> Period.parse("2024-Q5")).hasMessageContaining("is not a year");
    }

    @Test
    void latestCompletePeriodEndsOnOrBeforeTheAsOfDate() {
        assertThat(Period.latestComplete(PeriodType.YEAR, LocalDate.of(2026, 11, 26)).label()).isEqualTo("2025");
        assertThat(Period.latestComplete(PeriodType.YEAR, LocalDate.of(2025, 12, 31)).label()).isEqualTo("2025");
        assertThat(Period.latestComplete(PeriodType.QUARTER, LocalDate.of(2026, 1, 1)).label()).isEqualTo("2025-Q4");
        assertThat(Period.latestComplete(PeriodType.MONTH, LocalDate.of(2024, 3, 15)).label()).isEqualTo("2024-02");
    }

    @Test
    void previousAndYearEarlier() {
        assertThat(Period.parse("2024-Q1").previous().label()).isEqualTo("2023-Q4");
        assertThat(Period.parse("2024-01").yearEarlier().label()).isEqualTo("2023-01");
        assertThat(Period.parse("2025").since(LocalDate.of(2012, 1, 1))).hasSize(14);
    }

    @Test
    void defaultErasMeetAtTheReformDates() {
        Era pre = TestModel.cnEras().get(0);
        Era cpl = TestModel.cnEras().get(1);
        Era rules = TestModel.cnEras().get(2);
        assertThat(pre.contains(LocalDate.of(2012, 12, 31))).isTrue();
        assertThat(cpl.contains(LocalDate.of(2013, 1, 1))).isTrue();
        assertThat(cpl.contains(LocalDate.of(2017, 6, 26))).isTrue();
        assertThat(rules.contains(LocalDate.of(2017, 6, 27))).isTrue();
        assertThat(cpl.contains(LocalDate.of(2017, 6, 27))).isFalse();
    }
}
