package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
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
        return suppress(values, constraints, minCount, forced, fixed, new int[values.size()], false);
    }

    /**
     * The same, choosing by look-ahead rather than by size alone: of the cells a relation can give up (its parts and
     * its total), one of the lowest weight class ({@code cost / 10}) first, a free one ({@code cost % 10 == 0}: no
     * table prints it) before others, then the one that leaves the fewest other relations newly exposed (with one
     * withheld cell) and settles the most that already are, then the cheaper ({@code cost}), then the smaller. In a chain of cumulative totals this withholds the latest total
     * rather than running back through every earlier one, and a year rather than every later total.
     */
    public static boolean[] suppress(List<Long> values, List<SumConstraint> constraints, int minCount,
            boolean[] forced, boolean[] fixed, int[] cost) {
        return suppress(values, constraints, minCount, forced, fixed, cost, true);
    }

    private static boolean[] suppress(List<Long> values, List<SumConstraint> constraints, int minCount,
            boolean[] forced, boolean[] fixed, int[] cost, boolean lookAhead) {
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
            Optional<Integer> next = lookAhead ? leastExposing(c, values, withheld, fixed, cost, relationsOf, unknown)
                    : smallest(c, values, withheld, fixed);
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

    /** The cell a relation with one withheld cell gives up next: its smallest part, else its total. */
    private static Optional<Integer> smallest(SumConstraint c, List<Long> values, boolean[] withheld, boolean[] fixed) {
        Integer best = null;
        for (int part : c.parts()) {
            if (!withheld[part] && !fixed[part] && values.get(part) != null
                    && (best == null || values.get(part) < values.get(best)
                            || values.get(part).equals(values.get(best)) && part < best)) {
                best = part;
            }
        }
        if (best == null && !withheld[c.total()] && !fixed[c.total()]) {
            return Optional.of(c.total());
        }
        return Optional.ofNullable(best);
    }

    /** The cell whose withholding exposes the fewest other relations, then the cheapest, then the smallest. */
    private static Optional<Integer> leastExposing(SumConstraint c, List<Long> values, boolean[] withheld,
            boolean[] fixed, int[] cost, List<List<Integer>> relationsOf, int[] unknown) {
        List<Integer> candidates = new ArrayList<>(c.parts());
        candidates.add(c.total());
        Integer best = null;
        int bestScore = 0;
        for (int cell : candidates) {
            if (withheld[cell] || fixed[cell] || values.get(cell) == null) {
                continue;
            }
            int score = 0;
            for (int r : relationsOf.get(cell)) {
                score += unknown[r] == 0 ? 1 : unknown[r] == 1 ? -1 : 0;
            }
            // the weight class first (tens: a total over every value), then a free cell (units 0: not printed)
            int weight = cost[cell] / 10 * 2 + (cost[cell] % 10 == 0 ? 0 : 1);
            int bestWeight = best == null ? 0 : cost[best] / 10 * 2 + (cost[best] % 10 == 0 ? 0 : 1);
            if (best == null || weight < bestWeight || weight == bestWeight && (score < bestScore
                    || score == bestScore && (cost[cell] < cost[best] || cost[cell] == cost[best]
                            && (values.get(cell) < values.get(best)
                                    || values.get(cell).equals(values.get(best)) && cell < best)))) {
                best = cell;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
