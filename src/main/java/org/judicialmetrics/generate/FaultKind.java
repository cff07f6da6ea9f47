package org.judicialmetrics.generate;

/** The realistic faults {@code --dirty} mixes into the synthetic files, so validation has something to quarantine. */
public enum FaultKind {
    /** A date no ISO parser accepts: {@code 2019-13-45} or {@code 12/03/2019}. */
    UNPARSEABLE_DATE,
    /** The closing date lies before the opening date (concluded before filed, decided before filed). */
    CONCLUDED_BEFORE_FILED,
    /** A date after the end of the generated span. */
    FUTURE_DATE,
    /** A code outside the canonical list, misspelt or another vocabulary: {@code ACQUITED}, {@code GUILTY}. */
    UNKNOWN_CODE,
    /** A required column left empty. */
    MISSING_REQUIRED,
    /** The same row written twice (so its id is duplicated). */
    DUPLICATE_ROW,
    /** An {@code acquittal_basis} on a defendant who was not acquitted. */
    BASIS_WITHOUT_ACQUITTAL,
    /** A negative {@code detention_days} or {@code items_excluded}. */
    NEGATIVE_COUNT,
    /**
     * A date before any plausible one (before the profile's {@code plausibility.earliest_date}, 1949-10-01 in
     * {@code cn}): a placeholder {@code 1900-01-01}, an Excel-style {@code 1900-01-05} or the right day a century
     * early ({@code 1919} for {@code 2019}).
     */
    IMPLAUSIBLY_EARLY_DATE,
    /** An "open-ended" placeholder date far in the future: {@code 2200-01-01} or {@code 9999-12-31}. */
    FAR_FUTURE_DATE,
    /**
     * A number that parses but no court record holds: {@code compensation_amount} 10^15, or {@code detention_days} /
     * {@code items_excluded} tens of thousands (far above the profile's {@code plausibility.maximum}).
     */
    ABSURD_AMOUNT,
    /** A canonical code in lower or title case, as some exports write them: {@code convicted}, {@code Granted}. */
    LOWER_CASE_CODE,
    /**
     * A canonical code with a space inside, sometimes also a trailing one: {@code CON VICTED},
     * {@code NOT CRIMINALLY LIABLE }. (A code with only surrounding spaces is read as the code: values are trimmed.)
     */
    SPACED_CODE,
    /** A record cut short in the middle of the file: fewer fields than the header (a truncated export line). */
    MALFORMED_RECORD
}
