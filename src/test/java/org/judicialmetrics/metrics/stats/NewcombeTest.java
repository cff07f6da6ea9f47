package org.judicialmetrics.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Published values of Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10. */
class NewcombeTest {

    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    @Test
    void tableTwoExampleA() {
        Interval i = Newcombe.difference(56, 70, 48, 80, NINETY_FIVE);
        assertThat(i.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(i.low()).isCloseTo(0.0524, within(0.00005));
        assertThat(i.high()).isCloseTo(0.3339, within(0.00005));
        assertThat(i.excludesZero()).isTrue();
    }

    @Test
    void tableTwoExampleWithZeroCounts() {
        // Table II, example (h): 0/10 vs 0/20 gives difference 0 with interval [-0.1611, 0.2775].
        Interval i = Newcombe.difference(0, 10, 0, 20, NINETY_FIVE);
        assertThat(i.estimate()).isZero();
        assertThat(i.low()).isCloseTo(-0.1611, within(0.00005));
        assertThat(i.high()).isCloseTo(0.2775, within(0.00005));
        assertThat(i.excludesZero()).isFalse();
    }
}
