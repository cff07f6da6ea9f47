package org.judicialmetrics.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period with inclusive start and end dates and its label ({@code 2024}, {@code 2024-Q3}, {@code 2024-07},
 * an era id, or {@code cumulative} labels ending at a calendar period).
 */
public record Period(PeriodType type, String label, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    /** Parses a calendar period label; the type is read from its shape. */
    public static Period parse(String label) {
        Matcher m = YEAR.matcher(label);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        m = QUARTER.matcher(label);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH.matcher(label);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        throw new IllegalArgumentException("period '" + label + "' is not a year (2024), quarter (2024-Q3) or month (2024-07)");
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(PeriodType.QUARTER, year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodType.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar period of the given type that contains the date. */
    public static Period containing(PeriodType type, LocalDate date) {
        return switch (type) {
            case YEAR -> year(date.getYear());
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(YearMonth.from(date));
            default -> throw new IllegalArgumentException(type.label() + " is not a calendar period type");
        };
    }

    /** The latest period of the type that has fully ended on or before the as-of date. */
    public static Period latestComplete(PeriodType type, LocalDate asOf) {
        Period current = containing(type, asOf);
        return current.end().equals(asOf) ? current : current.previous();
    }

    /** The calendar period just before this one. */
    public Period previous() {
        return containing(type, start.minusDays(1));
    }

    /** The same period one year earlier. */
    public Period yearEarlier() {
        return containing(type, start.minusYears(1));
    }

    /** Every calendar period of this type from the one containing {@code from} up to and including this one. */
    public List<Period> since(LocalDate from) {
        List<Period> periods = new ArrayList<>();
        for (Period p = containing(type, from); !p.start().isAfter(start); p = containing(type, p.end().plusDays(1))) {
            periods.add(p);
        }
        return periods;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Parses an ISO date, naming the field in the error. */
    public static LocalDate isoDate(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not an ISO date (yyyy-MM-dd)");
        }
    }
}
