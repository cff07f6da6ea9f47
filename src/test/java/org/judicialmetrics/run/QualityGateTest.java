package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.validate.CheckResult;
import org.judicialmetrics.validate.ValidationCounts;
import org.junit.jupiter.api.Test;

/** Late data (exit 5, retry) against bad data (exit 3, call a person): bad data always win. */
class QualityGateTest {

    private static final JobSpec.QualityGate GATE = new JobSpec.QualityGate(0.01, false, true);

    private static List<CheckResult> checks(long quarantined, LocalDate latest) {
        return QualityGate.evaluate(GATE, Map.of(Dataset.DEFENDANT_OUTCOMES, new ValidationCounts(1000,
                1000 - quarantined, quarantined == 0 ? Map.of() : Map.of("BAD_DATE", quarantined),
                Map.of("f.csv", 1000L), latest)), Period.year(2025));
    }

    @Test
    void dataThatStopBeforeThePeriodAreLateNotBad() {
        List<CheckResult> late = checks(0, LocalDate.of(2024, 12, 31));
        assertThat(QualityGate.passed(late)).isFalse();
        assertThat(QualityGate.onlyNotArrived(late)).isTrue();
    }

    @Test
    void badDataAreNeverOnlyLate() {
        List<CheckResult> lateAndBad = checks(200, LocalDate.of(2024, 12, 31));
        assertThat(QualityGate.passed(lateAndBad)).isFalse();
        assertThat(QualityGate.onlyNotArrived(lateAndBad)).isFalse();
        assertThat(QualityGate.onlyNotArrived(checks(0, LocalDate.of(2025, 3, 1)))).as("passed: nothing late").isFalse();
    }
}
