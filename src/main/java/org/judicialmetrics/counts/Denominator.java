package org.judicialmetrics.counts;

/**
 * The published populations an acquittal count can be set against; they differ in definition (persons sentenced
 * exclude the acquitted, persons adjudicated include them), so a series that changes denominator has a break.
 *
 * @param numerator the measure counted over this denominator
 * @param label     how the report names the rate on this denominator
 */
public enum Denominator {
    YEARBOOK_ADJUDICATED("persons_adjudicated_yearbook", "acquitted_total_yearbook",
            "Acquittal rate: persons adjudicated, China Law Yearbook"),
    EFFECTIVE_JUDGMENTS("persons_effective_judgments", "acquitted_total",
            "Acquittal rate: persons with effective judgments, China Law Yearbook"),
    PERSONS_SENTENCED("persons_sentenced", "acquitted_total",
            "Acquittals as a ratio to persons sentenced (SPC work reports; the sentenced exclude the acquitted)");

    private final String measure;
    private final String numerator;
    private final String label;

    Denominator(String measure, String numerator, String label) {
        this.measure = measure;
        this.numerator = numerator;
        this.label = label;
    }

    public String measure() {
        return measure;
    }

    public String numerator() {
        return numerator;
    }

    public String label() {
        return label;
    }
}
