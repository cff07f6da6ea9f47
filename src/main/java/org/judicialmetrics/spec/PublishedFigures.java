package org.judicialmetrics.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a profile says of the figures its jurisdiction publishes (the profile's {@code published}), so that generic
 * code knows "a published measure with a label" and "a denominator of a published rate" and never a jurisdiction's
 * outlets or measure names. Measures are named as the count table names them (its {@code measure} column).
 *
 * @param measures           measure -> how a table names it (default: the measure's name in words)
 * @param acquittals         the measures acquittal series are built from (required by the report)
 * @param denominators       the populations an acquittal count is published against, in the order the combined
 *                           series prefers them (required by the report)
 * @param reconciliation     metrics of ours beside the published measures that count the same thing
 * @param reconciliationNote what the reconciliation section says of the published figures (required with
 *                           {@code reconciliation})
 * @param report             the texts and sections of a {@code published-figures} report (null: no such report)
 */
public record PublishedFigures(
        Map<String, String> measures,
        Acquittals acquittals,
        List<Denominator> denominators,
        List<Reconciled> reconciliation,
        String reconciliationNote,
        Report report) {

    /** A profile without published figures. */
    public static final PublishedFigures NONE = new PublishedFigures(null, null, null, null, null, null);

    public PublishedFigures {
        measures = measures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        denominators = denominators == null ? List.of() : List.copyOf(denominators);
        reconciliation = reconciliation == null ? List.of() : List.copyOf(reconciliation);
        Set<String> seen = new HashSet<>();
        for (Denominator d : denominators) {
            check(seen.add(d.measure()), "denominator '" + d.measure() + "' is listed twice");
        }
        check(reconciliation.isEmpty() || reconciliationNote != null, "'reconciliation' needs 'reconciliation_note'");
        check(report == null || acquittals != null && !denominators.isEmpty(),
                "'report' needs 'acquittals' and at least one of 'denominators'");
    }

    /** The denominator counted by a measure, e.g. the measure of persons sentenced. */
    public Denominator denominator(String measure) {
        return denominators.stream().filter(d -> d.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a denominator: " + measure));
    }

    /**
     * The published acquittal counts: a total, and the counts of public and private prosecutions that make the total
     * where it is not published.
     *
     * @param total               the measure of all acquittals
     * @param publicProsecution   acquittals in public prosecutions
     * @param privateProsecution  acquittals in private prosecutions
     * @param label               how a table names the total, e.g. {@code All acquittals (court reports)}
     * @param withdrawals         the measure of prosecution withdrawals, set against acquittals (optional)
     */
    public record Acquittals(String total, @JsonProperty("public") String publicProsecution,
                             @JsonProperty("private") String privateProsecution, String label, String withdrawals) {
        public Acquittals {
            required(total, "total");
            required(publicProsecution, "public");
            required(privateProsecution, "private");
            required(label, "label");
        }
    }

    /**
     * A published population an acquittal count is set against; populations differ in definition (some exclude the
     * acquitted), so a series that changes denominator has a break.
     *
     * @param measure     the measure counting the population
     * @param numerator   the acquittal measure counted over it (the acquittals' total also sums public and private)
     * @param kind        {@code rate} when the population includes the acquitted, else {@code ratio}
     * @param label       the population in a sentence (required with {@code mainPoint})
     * @param shortLabel  the population in a table column or a chart legend
     * @param mainPoint   how the report's main points state the series (none: not stated)
     * @param ratioReason for a ratio: why it is not a rate, e.g. {@code the sentenced exclude the acquitted}
     */
    public record Denominator(String measure, String numerator, Kind kind, String label, String shortLabel,
                              MainPoint mainPoint, String ratioReason) {
        public Denominator {
            required(measure, "measure");
            required(numerator, "numerator");
            check(kind != null, "missing 'kind'");
            required(shortLabel, "short_label");
            check(mainPoint == null || label != null, "'main_point' needs 'label'");
        }
    }

    /** Whether a denominator includes the counted (a rate) or not (a ratio, which may exceed 1). */
    public enum Kind {
        @JsonProperty("rate") RATE,
        @JsonProperty("ratio") RATIO
    }

    /**
     * A main point on a denominator's series: the change from its first to its last published year, its last year,
     * or the range of its values.
     */
    public enum MainPoint {
        @JsonProperty("trend") TREND,
        @JsonProperty("latest") LATEST,
        @JsonProperty("range") RANGE
    }

    /**
     * A metric of ours and the published measures that count the same thing, best first.
     *
     * @param label how the reconciliation table names the pair
     */
    public record Reconciled(String metric, String label, List<String> measures) {
        public Reconciled {
            required(metric, "metric");
            required(label, "label");
            check(measures != null && !measures.isEmpty(), "missing 'measures'");
            measures = List.copyOf(measures);
        }
    }

    /**
     * The jurisdiction's texts of a {@code published-figures} report; the report's structure, numbers and symbols are
     * generic.
     *
     * @param sources    the outlets the count table compiles, in words (the caption of the input table)
     * @param rates      paragraphs on the denominators; {@code {years:<measure>}} stands for the years the rate on
     *                   that denominator is published
     * @param acquittals paragraphs on acquittals by prosecution type
     * @param sections   sections of yearly counts or cumulative totals, in order, after the acquittals
     * @param notes      data notes on the count table's sources, after the generic ones
     * @param grades     reliability grade -> its meaning, in order
     */
    public record Report(String sources, List<String> rates, List<String> acquittals, List<Section> sections,
                         List<String> notes, Map<String, String> grades) {
        public Report {
            required(sources, "sources");
            rates = rates == null ? List.of() : List.copyOf(rates);
            acquittals = acquittals == null ? List.of() : List.copyOf(acquittals);
            sections = sections == null ? List.of() : List.copyOf(sections);
            notes = notes == null ? List.of() : List.copyOf(notes);
            grades = grades == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }
    }

    /**
     * A section of the report: a table of yearly counts ({@code columns}) or a chart of cumulative totals
     * ({@code cumulative}), never both.
     *
     * @param id      the section's id, and the id of its table (and CSV) of counts
     * @param text    its paragraphs
     * @param caption the caption of the table of counts (the years are added)
     */
    public record Section(String id, String heading, List<String> text, String caption, List<Column> columns,
                          Cumulative cumulative) {
        public Section {
            required(id, "id");
            required(heading, "heading");
            text = text == null ? List.of() : List.copyOf(text);
            columns = columns == null ? List.of() : List.copyOf(columns);
            check(columns.isEmpty() != (cumulative == null), "give either 'columns' or 'cumulative'");
            check(columns.isEmpty() || caption != null, "'columns' needs 'caption'");
        }
    }

    /**
     * A column of yearly counts: a measure, or the acquittals' total (which sums public and private where only those
     * are published).
     */
    public record Column(String label, String measure) {
        public Column {
            required(label, "label");
            required(measure, "measure");
        }
    }

    /**
     * A measure published as yearly counts and as cumulative totals over growing spans since one start year.
     *
     * @param chart     the id of the chart and its table
     * @param title     the chart's title (the years are added)
     * @param bars      the legend of the yearly bars
     * @param axis      the value axis
     * @param summary   the chart's text summary; {@code {start}} is the spans' start year, {@code {totals}} the totals
     * @param mainPoint a main point on the latest total (optional); {@code {total}}, {@code {period}} and
     *                  {@code {grade}} are its count, span and reliability grade
     */
    public record Cumulative(String measure, String chart, String title, String bars, String axis, String summary,
                             String mainPoint) {
        public Cumulative {
            required(measure, "measure");
            required(chart, "chart");
            required(title, "title");
            required(bars, "bars");
            required(axis, "axis");
            required(summary, "summary");
        }
    }

    private static void required(String value, String field) {
        check(value != null && !value.isBlank(), "missing '" + field + "'");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
