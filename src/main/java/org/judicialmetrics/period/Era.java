package org.judicialmetrics.period;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A legal era to compare outcomes across (spec section 3): from {@code start} (inclusive, null = open) to {@code end}
 * (inclusive, null = open).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Era(String id, String label, LocalDate start, LocalDate end) {

    /** The era as a period, its open ends closed by the data's first date and the as-of date. */
    public Period asPeriod(LocalDate earliest, LocalDate latest) {
        LocalDate from = start == null ? earliest : start;
        LocalDate to = end == null ? latest : end;
        return new Period(PeriodType.ERA, id, from, to.isBefore(from) ? from : to);
    }

    public boolean contains(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
