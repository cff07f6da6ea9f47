package org.judicialmetrics.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Draws calendar dates for the generators, so that every dataset spreads its rows over a year the same way. */
final class RandomDates {

    private RandomDates() {
    }

    /** A day of {@code year}, every day equally likely. */
    static LocalDate dayIn(int year, SplittableRandom random) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }
}
