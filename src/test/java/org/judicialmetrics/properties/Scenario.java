package org.judicialmetrics.properties;

import java.time.LocalDate;
import java.time.YearMonth;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * One random generated dataset and the run over it: the generator's settings and the job's granularity. The run period
 * is the last period of the last generated year; the as-of date half a year later, so every period is final. The job
 * is the cn profile's plus the {@code declared} rate metrics of its own spec.
 */
record Scenario(int defendants, long seed, int fromYear, int toYear, boolean dirty, PeriodType granularity,
        java.util.List<DeclaredRate> declared) {

    GeneratorSettings settings() {
        return new GeneratorSettings(defendants, seed, fromYear, toYear, dirty);
    }

    Period runPeriod() {
        return switch (granularity) {
            case YEAR -> Period.year(toYear);
            case QUARTER -> Period.quarter(toYear, 4);
            case MONTH -> Period.month(YearMonth.of(toYear, 12));
            default -> throw new IllegalStateException("not a calendar granularity: " + granularity);
        };
    }

    LocalDate asOf() {
        return LocalDate.of(toYear + 1, 6, 30);
    }
}
