package org.judicialmetrics.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a jurisdiction's data can plausibly hold, from its profile: a date before {@code earliestDate} (a mistyped
 * 1900) is quarantined as {@code BAD_DATE}, a number above its column's maximum (a compensation of 10^15) as
 * {@code BAD_NUMBER}, so an absurd value that parses is never counted.
 *
 * @param earliestDate the earliest plausible date of any date column (null: no bound)
 * @param maximum      number column -> the largest plausible value
 */
public record Plausibility(LocalDate earliestDate, Map<String, Double> maximum) implements java.io.Serializable {

    /** No bounds beyond the types' own. */
    public static final Plausibility NONE = new Plausibility(null, null);

    public Plausibility {
        maximum = maximum == null ? Map.of() : Map.copyOf(maximum);
    }
}
