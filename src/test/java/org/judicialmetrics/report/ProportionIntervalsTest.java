package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson and Newcombe intervals against the spec's worked values and Newcombe (1998). */
class ProportionIntervalsTest {

    private final ProportionIntervals intervals = new ProportionIntervals(0.95);

    @Test
    void wilsonMatchesTheSpecsWorkedValues() {
        assertPercent(intervals.wilson(631, 1_431_585), "0.04077", "0.04765");
        assertPercent(intervals.wilson(2, 40), "1.382", "16.504");
        assertPercent(intervals.wilson(0, 25), "0.000", "13.319");
        assertThat(intervals.wilson(5, 12).low()).isCloseTo(0.1933, within(0.00005));
        assertThat(intervals.wilson(5, 12).high()).isCloseTo(0.6805, within(0.00005));
    }

    @Test
    void newcombeBracketsTheDifferenceAndSaysWhenItIsReal() {
        Interval same = intervals.newcombe(50, 1000, 48, 1000);
        assertThat(same.low()).isLessThan(0.002).isNegative();
        assertThat(same.high()).isGreaterThan(0.002);
        assertThat(same.excludesZero()).isFalse();

        Interval rise = intervals.newcombe(100, 1000, 50, 1000);
        assertThat(rise.excludesZero()).isTrue();
        // Newcombe (1998) example 1: 56/70 vs 48/80 gives 0.2 [0.0524, 0.3339].
        Interval example = intervals.newcombe(56, 70, 48, 80);
        assertThat(example.low()).isCloseTo(0.0524, within(0.0001));
        assertThat(example.high()).isCloseTo(0.3339, within(0.0001));
    }

    private static void assertPercent(Interval interval, String low, String high) {
        assertThat(Figures.plainPercent(interval.low())).isEqualTo(low);
        assertThat(Figures.plainPercent(interval.high())).isEqualTo(high);
    }
}
