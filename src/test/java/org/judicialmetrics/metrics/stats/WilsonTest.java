package org.judicialmetrics.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The spec's worked values (section 4), given in percent with the printed number of decimals. */
class WilsonTest {

    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    @Test
    void rareEventsOnALargeDenominator() {
        Interval i = Wilson.interval(631, 1_431_585, NINETY_FIVE);
        assertThat(100 * i.estimate()).isCloseTo(0.04408, within(0.000005));
        assertThat(100 * i.low()).isCloseTo(0.04077, within(0.000005));
        assertThat(100 * i.high()).isCloseTo(0.04765, within(0.000005));
    }

    @Test
    void smallDenominator() {
        Interval i = Wilson.interval(2, 40, NINETY_FIVE);
        assertThat(100 * i.estimate()).isCloseTo(5.000, within(0.0005));
        assertThat(100 * i.low()).isCloseTo(1.382, within(0.0005));
        assertThat(100 * i.high()).isCloseTo(16.504, within(0.0005));
    }

    @Test
    void zeroSuccessesStartAtZero() {
        Interval i = Wilson.interval(0, 25, NINETY_FIVE);
        assertThat(i.low()).isZero();
        assertThat(100 * i.high()).isCloseTo(13.319, within(0.0005));
    }

    @Test
    void middleProportion() {
        Interval i = Wilson.interval(5, 12, NINETY_FIVE);
        assertThat(100 * i.low()).isCloseTo(19.33, within(0.005));
        assertThat(100 * i.high()).isCloseTo(68.05, within(0.005));
    }

    @Test
    void allSuccessesEndAtOne() {
        assertThat(Wilson.interval(7, 7, NINETY_FIVE).high()).isEqualTo(1.0);
    }

    @Test
    void zFollowsTheConfidenceLevel() {
        assertThat(NINETY_FIVE.z()).isCloseTo(1.959964, within(1e-6));
        assertThat(new Confidence(0.99).z()).isCloseTo(2.575829, within(1e-6));
        assertThat(new Confidence(0.90).z()).isCloseTo(1.644854, within(1e-6));
    }

    @Test
    void refusesAnEmptyDenominator() {
        assertThatThrownBy(() -> Wilson.interval(0, 0, NINETY_FIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Confidence(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
