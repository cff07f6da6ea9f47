package org.judicialmetrics.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of reporting period (spec section 3); the first three are calendar granularities a job can run at. */
public enum PeriodType {
    YEAR, QUARTER, MONTH, ERA, CUMULATIVE;

    /** The name used in job specs, Parquet partitions and reports, e.g. {@code year}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for year, quarter and month: the granularities a job runs at. */
    public boolean calendar() {
        return this == YEAR || this == QUARTER || this == MONTH;
    }

    @JsonCreator
    public static PeriodType fromLabel(String label) {
        for (PeriodType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown period type '" + label + "'; allowed: year, quarter, month");
    }
}
