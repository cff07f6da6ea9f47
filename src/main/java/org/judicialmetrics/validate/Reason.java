package org.judicialmetrics.validate;

/** Why a row was quarantined: the reason codes of quarantine files and manifests (a contract, like metric ids). */
public enum Reason {
    MALFORMED_RECORD("the record could not be split into the file's columns"),
    MISSING_VALUE("a required value is empty"),
    BAD_DATE("a date is not a valid ISO date yyyy-MM-dd"),
    BAD_NUMBER("a number cannot be read"),
    UNKNOWN_CODE("a code is not in the column's code list"),
    NEGATIVE_COUNT("a count or amount is negative"),
    DATE_ORDER("dates are in an impossible order (e.g. concluded before filed)"),
    FUTURE_DATE("a date is after the run's as-of date"),
    BASIS_WITHOUT_ACQUITTAL("acquittal_basis is given on an outcome other than ACQUITTED"),
    DECISION_DATE_MISMATCH("a decided motion has no decided_date, or a pending one has one"),
    DUPLICATE_ID("the row's id was already seen (the first row is kept)"),
    DROPPED_BY_RULE("a source mapping drops the row, with its stated reason (not counted against the quality gate)");

    /** Whether rows with this reason count against the quality gate's quarantined share (stated drops do not). */
    public boolean countsAgainstGate() {
        return this != DROPPED_BY_RULE;
    }

    private final String meaning;

    Reason(String meaning) {
        this.meaning = meaning;
    }

    /** One sentence for the data-quality section and the data dictionary. */
    public String meaning() {
        return meaning;
    }
}
