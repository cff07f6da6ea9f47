package org.judicialmetrics.counts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Codes.ReviewResult;
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
 * @param remainder  for a total: the order in which the part of it the table does not give by code is assigned a
 *                   code (the first one not given); empty for a single code
 */
public record CountMeasure(String name, Dataset dataset, Set<String> codes, String dateColumn,
                           List<String> remainder) {

    /** The total of adjudicated defendants (convicted, acquitted, exempt, not criminally liable). */
    public static final String ADJUDICATED = "ADJUDICATED";
    /** The total of motions decided on the merits (granted, partially granted, denied). */
    public static final String DECIDED = "DECIDED";
    /** The total of reviews of final convictions concluded, whatever their result. */
    public static final String REVIEWED = "REVIEWED";
    /** Motions filed, counted by filed date whatever their decision. */
    public static final String FILED = "FILED";

    private static final Map<String, CountMeasure> ALL = build();

    public CountMeasure {
        codes = Set.copyOf(codes);
        remainder = List.copyOf(remainder);
    }

    /** The measure of that name, if a count table may use it. */
    public static Optional<CountMeasure> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Every measure name, for messages and documentation, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** True for a published total of several codes. */
    public boolean total() {
        return !remainder.isEmpty();
    }

    private static Map<String, CountMeasure> build() {
        Map<String, CountMeasure> all = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            add(all, single(o.name(), Dataset.DEFENDANT_OUTCOMES, "concluded_date"));
        }
        add(all, new CountMeasure(ADJUDICATED, Dataset.DEFENDANT_OUTCOMES, names(Arrays.stream(Outcome.values())
                .filter(Outcome::adjudicated).toList()), "concluded_date", List.of(Outcome.CONVICTED.name(),
                Outcome.EXEMPT_FROM_PUNISHMENT.name(), Outcome.NOT_CRIMINALLY_LIABLE.name(), Outcome.ACQUITTED.name())));
        for (Decision d : Decision.values()) {
            if (d != Decision.PENDING) {
                add(all, single(d.name(), Dataset.EXCLUSION_MOTIONS, "decided_date"));
            }
        }
        add(all, new CountMeasure(DECIDED, Dataset.EXCLUSION_MOTIONS, names(Arrays.stream(Decision.values())
                .filter(Decision::decided).toList()), "decided_date", List.of(Decision.DENIED.name(),
                Decision.PARTIALLY_GRANTED.name(), Decision.GRANTED.name())));
        add(all, new CountMeasure(FILED, Dataset.EXCLUSION_MOTIONS, Set.of(), "filed_date", List.of()));
        for (ReviewResult r : ReviewResult.values()) {
            add(all, single(r.name(), Dataset.CONVICTION_REVIEWS, "review_concluded_date"));
        }
        add(all, new CountMeasure(REVIEWED, Dataset.CONVICTION_REVIEWS, names(List.of(ReviewResult.values())),
                "review_concluded_date", List.of(ReviewResult.UPHELD.name(), ReviewResult.REMANDED.name(),
                ReviewResult.OVERTURNED_MODIFIED.name(), ReviewResult.OVERTURNED_ACQUITTED.name())));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static CountMeasure single(String code, Dataset dataset, String dateColumn) {
        return new CountMeasure(code, dataset, Set.of(code), dateColumn, List.of());
    }

    private static Set<String> names(List<? extends Enum<?>> codes) {
        return Set.copyOf(new ArrayList<>(codes.stream().map(Enum::name).toList()));
    }

    private static void add(Map<String, CountMeasure> all, CountMeasure m) {
        if (all.put(m.name(), m) != null) {
            throw new IllegalStateException("count measure " + m.name() + " names two things");
        }
    }
}
