package org.judicialmetrics.period;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A legal era to compare outcomes across (spec section 3): from {@code start} (inclusive, null = open) to {@code end}
 * (inclusive, null = open).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Era(String id, String label, LocalDate start, LocalDate end) {

    /** The default eras: before the 2012 Criminal Procedure Law, under it, and under the 2017 exclusion rules. */
    public static final List<Era> DEFAULTS = List.of(
            new Era("pre-2013", "Before the 2012 CPL revision", null, LocalDate.of(2012, 12, 31)),
            new Era("cpl-2012", "2012 CPL revision in force", LocalDate.of(2013, 1, 1), LocalDate.of(2017, 6, 26)),
            new Era("exclusion-rules-2017", "2017 exclusion rules in force", LocalDate.of(2017, 6, 27), null));

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
