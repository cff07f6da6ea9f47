package org.judicialmetrics.counts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Dataset;

/**
 * What a count table's {@code measure} can count (spec section 2.4: "a canonical outcome or event code"): a code of a
 * dataset's event column (an outcome, a motion's decision, a review's result), or a published total of several codes
 * ({@code ADJUDICATED}, {@code DECIDED}, {@code REVIEWED}), or motions {@code FILED}. Codes are unique across the
 * three datasets, so a measure names its dataset.
 *
 * @param name       the measure as written in the table
 * @param dataset    whose rows it counts
 * @param codes      the event codes it stands for; empty for {@code FILED} (every motion, whatever its decision)
 * @param dateColumn the date a row of this measure is counted by (its period's first day)
 */
public record CountMeasure(String name, Dataset dataset, Set<String> codes, String dateColumn) {

    /** The total of adjudicated defendants (convicted, acquitted, exempt, not criminally liable). */
    public static final String ADJUDICATED = "ADJUDICATED";
    /** The total of motions decided on the merits (granted, partially granted, denied). */
    public static final String DECIDED = "DECIDED";
    /** The total of reviews of final convictions concluded, whatever their result. */
    public static final String REVIEWED = "REVIEWED";
    /** Motions filed, counted by filed date whatever their decision. */
    public static final String FILED = "FILED";

    /** The date a motion's decision is counted by (motions are filed by their period column, {@code filed_date}). */
    private static final String DECIDED_DATE = "decided_date";
    private static final Map<String, CountMeasure> CANONICAL = of(CodeSets.canonical());

    public CountMeasure {
        codes = Set.copyOf(codes);
    }

    /** The measure of that name among the canonical codes. */
    public static Optional<CountMeasure> byName(String name) {
        return Optional.ofNullable(CANONICAL.get(name));
    }

    /** Every canonical measure name, for messages and documentation, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(CANONICAL.keySet());
    }

    /** True for a published total of several codes. */
    public boolean total() {
        return codes.size() > 1;
    }

    /**
     * The measures a count table of a job may use: every code of the event columns in the job's code sets (canonical
     * and added, such as {@code UNSUCCESSFUL}), and the totals of their groups.
     */
    public static Map<String, CountMeasure> of(CodeSets codeSets) {
        Map<String, CountMeasure> all = new LinkedHashMap<>();
        Dataset outcomes = Dataset.DEFENDANT_OUTCOMES;
        Dataset motions = Dataset.EXCLUSION_MOTIONS;
        Dataset reviews = Dataset.CONVICTION_REVIEWS;
        for (String o : codeSets.codes(outcomes.eventColumn())) {
            add(all, new CountMeasure(o, outcomes, Set.of(o), outcomes.periodColumn()));
        }
        add(all, new CountMeasure(ADJUDICATED, outcomes, codeSets.group(outcomes.eventColumn(), CodeSets.ADJUDICATED),
                outcomes.periodColumn()));
        for (String d : codeSets.codes(motions.eventColumn())) {
            if (!d.equals(Decision.PENDING.name())) {
                add(all, new CountMeasure(d, motions, Set.of(d), DECIDED_DATE));
            }
        }
        add(all, new CountMeasure(DECIDED, motions, codeSets.group(motions.eventColumn(), CodeSets.DECIDED),
                DECIDED_DATE));
        add(all, new CountMeasure(FILED, motions, Set.of(), motions.periodColumn()));
        for (String r : codeSets.codes(reviews.eventColumn())) {
            add(all, new CountMeasure(r, reviews, Set.of(r), reviews.periodColumn()));
        }
        add(all, new CountMeasure(REVIEWED, reviews, Set.copyOf(codeSets.codes(reviews.eventColumn())),
                reviews.periodColumn()));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static void add(Map<String, CountMeasure> all, CountMeasure m) {
        if (all.put(m.name(), m) != null) {
            throw new IllegalStateException("count measure " + m.name() + " names two things");
        }
    }
}
