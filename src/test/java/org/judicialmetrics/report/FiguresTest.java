package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed number formats and their rounding. */
class FiguresTest {

    @Test
    void countsHaveThousandsSeparatorsOnlyForReading() {
        assertThat(Figures.count(1_431_585)).isEqualTo("1,431,585");
        assertThat(Figures.plainCount(1_431_585)).isEqualTo("1431585");
    }

    @Test
    void ratesKeepThreeDecimalsOrFourSignificantDigits() {
        assertThat(Figures.percent(631.0 / 1_431_585)).isEqualTo("0.04408%");
        assertThat(Figures.percent(0.05)).isEqualTo("5.000%");
        assertThat(Figures.percent(0.165035)).isEqualTo("16.504%");
        assertThat(Figures.percent(0)).isEqualTo("0.000%");
        assertThat(Figures.points(-0.000123456)).isEqualTo("-0.01235 pp");
        assertThat(Figures.points(0.0123)).isEqualTo("+1.230 pp");
    }

    @Test
    void roundingIsHalfEven() {
        assertThat(Figures.plainDecimal(2.125)).isEqualTo("2.12");
        assertThat(Figures.plainDecimal(2.135)).isEqualTo("2.14");
        assertThat(Figures.decimal(1234567.5)).isEqualTo("1,234,567.50");
    }
}
