package org.judicialmetrics.counts;

/**
 * The published populations an acquittal count can be set against; they differ in definition (persons sentenced
 * exclude the acquitted, persons adjudicated include them), so a series that changes denominator has a break.
 *
 * @param numerator the measure counted over this denominator
 * @param label     how the report names the rate on this denominator
 * @param shortLabel the denominator's name in a table column
 */
public enum Denominator {
    YEARBOOK_ADJUDICATED("persons_adjudicated_yearbook", "acquitted_total_yearbook",
            "Acquittal rate: persons adjudicated, China Law Yearbook", "Persons adjudicated (Yearbook)"),
    EFFECTIVE_JUDGMENTS("persons_effective_judgments", "acquitted_total",
            "Acquittal rate: persons with effective judgments, China Law Yearbook",
            "Persons with effective judgments (Yearbook)"),
    PERSONS_SENTENCED("persons_sentenced", "acquitted_total",
            "Ratio of acquittals to persons sentenced (SPC work reports; the sentenced exclude the acquitted)",
            "Persons sentenced (ratio, SPC)");

    private final String measure;
    private final String numerator;
    private final String label;
    private final String shortLabel;

    Denominator(String measure, String numerator, String label, String shortLabel) {
        this.measure = measure;
        this.numerator = numerator;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** The denominator counted by a measure, e.g. {@code persons_sentenced}. */
    public static Denominator ofMeasure(String measure) {
        for (Denominator d : values()) {
            if (d.measure.equals(measure)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a denominator: " + measure);
    }

    public String shortLabel() {
        return shortLabel;
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
