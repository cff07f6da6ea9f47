package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The calibration resource read back: published values as they are, gaps filled as documented. */
class NationalCalibrationTest {

    private final NationalCalibration national = NationalCalibration.load();

    @Test
    void publishedYearsAreTakenAsTheyAre() {
        assertThat(national.personsAdjudicated(2013)).isEqualTo(1_158_609);
        assertThat(national.acquittalRate(2013)).isCloseTo(825.0 / 1_158_609, within(1e-12));
        assertThat(national.privateShareOfAcquittals(2016)).isEqualTo(0.390);
        assertThat(national.retrialsChanged(2018)).isEqualTo(1821);
    }

    @Test
    void gapsAreInterpolatedBetweenKnownYears() {
        assertThat(national.personsAdjudicated(2024)).isEqualTo((1_481_700 + 1_232_600) / 2.0);
        assertThat(national.acquittalRate(2019)).isCloseTo((819 + 1040) / 2.0 / 1_659_046, within(1e-12));
        assertThat(national.privateShareOfAcquittals(2019)).isEqualTo(0.369);
    }

    @Test
    void yearsOutsideTheFiguresHoldTheNearestKnownValue() {
        assertThat(national.retrialsChanged(2010)).isEqualTo(1343);
        assertThat(national.retrialsChanged(2025)).isEqualTo(1818);
        assertThat(national.acquittalRate(2030)).isEqualTo(national.acquittalRate(2025));
        assertThat(national.privateShareOfAcquittals(2000)).isEqualTo(0.507);
    }

    @Test
    void allocationAddsUpExactlyAndFollowsTheNationalVolume() {
        int[] parts = national.allocate(1_000, 2010, 2025);

        assertThat(Arrays.stream(parts).sum()).isEqualTo(1_000);
        assertThat(parts[2021 - 2010]).isGreaterThan(parts[0]);
        assertThat(national.allocate(1, 2010, 2025)).containsOnly(0, 1);
        assertThat(national.allocate(7, 2024, 2024)).containsExactly(7);
    }
}
