package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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
        return suppress(values, constraints, minCount, forced, new boolean[values.size()]);
    }

    /**
     * The same, where some cells are already published and cannot be withheld now ({@code fixed}: a period an
     * earlier run published): a relation is completed with its other cells, its total last.
     *
     * <p>Relations are visited in sweeps in their order, each sweep acting on every relation with exactly one
     * withheld cell, until a sweep changes nothing; the worklist below gives the same result without rescanning
     * every relation after each change, so a table of a hundred thousand cells takes milliseconds.
     *
     * @return per cell, whether it is withheld
     */
    public static boolean[] suppress(List<Long> values, List<SumConstraint> constraints, int minCount,
            boolean[] forced, boolean[] fixed) {
        boolean[] withheld = new boolean[values.size()];
        for (int i = 0; i < withheld.length; i++) {
            withheld[i] = forced[i] || !fixed[i] && values.get(i) != null && values.get(i) < minCount;
        }
        List<List<Integer>> relationsOf = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            relationsOf.add(new ArrayList<>(2));
        }
        int[] unknown = new int[constraints.size()];
        TreeSet<Integer> single = new TreeSet<>();
        for (int k = 0; k < constraints.size(); k++) {
            SumConstraint c = constraints.get(k);
            relationsOf.get(c.total()).add(k);
            for (int part : c.parts()) {
                relationsOf.get(part).add(k);
            }
            unknown[k] = withheldCount(c, withheld);
            if (unknown[k] == 1) {
                single.add(k);
            }
        }
        int cursor = 0;
        while (!single.isEmpty()) {
            Integer k = single.ceiling(cursor);
            if (k == null) {
                k = single.first(); // a new sweep
            }
            cursor = k + 1;
            single.remove(k);
            SumConstraint c = constraints.get(k);
            Optional<Integer> next = nextSmallest(c, values, withheld, fixed)
                    .or(() -> withheld[c.total()] || fixed[c.total()] ? Optional.empty() : Optional.of(c.total()));
            if (next.isEmpty()) {
                continue; // nothing left that may be withheld: the relation stays as it is
            }
            int cell = next.get();
            withheld[cell] = true;
            for (int r : relationsOf.get(cell)) {
                unknown[r]++;
                if (unknown[r] == 1) {
                    single.add(r);
                } else {
                    single.remove(r);
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

    private static Optional<Integer> nextSmallest(SumConstraint c, List<Long> values, boolean[] withheld,
            boolean[] fixed) {
        List<Integer> candidates = new ArrayList<>();
        for (int part : c.parts()) {
            if (!withheld[part] && !fixed[part] && values.get(part) != null) {
                candidates.add(part);
            }
        }
        return candidates.stream()
                .min(Comparator.<Integer>comparingLong(values::get).thenComparing(i -> i));
    }
}
