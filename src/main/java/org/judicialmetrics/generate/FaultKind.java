package org.judicialmetrics.generate;

/** The realistic faults {@code --dirty} mixes into the synthetic files, so validation has something to quarantine. */
public enum FaultKind {
    /** A date no ISO parser accepts: {@code 2019-13-45} or {@code 12/03/2019}. */
    UNPARSEABLE_DATE,
    /** The closing date lies before the opening date (concluded before filed, decided before filed). */
    CONCLUDED_BEFORE_FILED,
    /** A date after the end of the generated span. */
    FUTURE_DATE,
    /** A code outside the canonical list, e.g. {@code ACQUITED} or lower-case {@code convicted}. */
    UNKNOWN_CODE,
    /** A required column left empty. */
    MISSING_REQUIRED,
    /** The same row written twice (so its id is duplicated). */
    DUPLICATE_ROW,
    /** An {@code acquittal_basis} on a defendant who was not acquitted. */
    BASIS_WITHOUT_ACQUITTAL,
    /** A negative {@code detention_days} or {@code items_excluded}. */
    NEGATIVE_COUNT
}
