package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Primary and secondary suppression of counts (spec section 6): a count below the threshold is withheld, then, for
 * every total-and-siblings relation with exactly one withheld cell, the next smallest sibling is withheld too (the
 * total when no sibling is left), until no relation has exactly one unknown. Pure Java, shared by tables, charts and
 * the public Parquet copy.
 */
public final class CellSuppression {

    private CellSuppression() {
    }

    /**
     * Decides which cells to withhold.
     *
     * @param values      the counts, computed before suppression (null: not available, not a published value)
     * @param constraints relations {@code values[total] = sum of values[parts]}
     * @param minCount    counts below this are withheld
     * @return per cell, whether it is withheld
     */
    public static boolean[] suppress(List<Long> values, List<SumConstraint> constraints, int minCount) {
        return suppress(values, constraints, minCount, new boolean[values.size()]);
    }

    /**
     * The same, with cells withheld for a reason outside these relations as well (a count whose difference from a
     * published denominator is small), so that the secondary suppression protects them too.
     */
    public static boolean[] suppress(List<Long> values, List<SumConstraint> constraints, int minCount,
            boolean[] forced) {
        boolean[] withheld = new boolean[values.size()];
        for (int i = 0; i < withheld.length; i++) {
            withheld[i] = forced[i] || values.get(i) != null && values.get(i) < minCount;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SumConstraint c : constraints) {
                if (withheldCount(c, withheld) == 1) {
                    int next = nextSmallest(c, values, withheld).orElse(c.total());
                    withheld[next] = true;
                    changed = true;
                }
            }
        }
        return withheld;
    }

    /** Number of withheld cells among a relation's total and parts. */
    public static int withheldCount(SumConstraint c, boolean[] withheld) {
        int n = withheld[c.total()] ? 1 : 0;
        for (int part : c.parts()) {
            n += withheld[part] ? 1 : 0;
        }
        return n;
    }

    private static Optional<Integer> nextSmallest(SumConstraint c, List<Long> values, boolean[] withheld) {
        List<Integer> candidates = new ArrayList<>();
        for (int part : c.parts()) {
            if (!withheld[part] && values.get(part) != null) {
                candidates.add(part);
            }
        }
        return candidates.stream()
                .min(Comparator.<Integer>comparingLong(values::get).thenComparing(i -> i));
    }
}
