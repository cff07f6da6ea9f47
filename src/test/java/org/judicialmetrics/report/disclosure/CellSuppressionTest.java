package org.judicialmetrics.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression, and that no withheld cell can be derived from a published total. */
class CellSuppressionTest {

    @Test
    void smallCountsAreWithheld() {
        boolean[] w = CellSuppression.suppress(
                List.of(3L, 4L, 5L, 100L, 112L), List.of(new SumConstraint(4, List.of(0, 1, 2, 3))), 5);
        assertThat(w).containsExactly(true, true, false, false, false);
    }

    @Test
    void aLoneWithheldSiblingTakesTheNextSmallestWithIt() {
        // total 130 = 3 + 7 + 20 + 100: publishing 7, 20, 100 would reveal the 3.
        boolean[] w = CellSuppression.suppress(
                List.of(3L, 20L, 7L, 100L, 130L), List.of(new SumConstraint(4, List.of(0, 1, 2, 3))), 5);
        assertThat(w).containsExactly(true, false, true, false, false);
    }

    @Test
    void anOnlyChildTakesTheTotalWithIt() {
        boolean[] w = CellSuppression.suppress(List.of(3L, 3L), List.of(new SumConstraint(1, List.of(0))), 5);
        assertThat(w).containsExactly(true, true);
    }

    @Test
    void overlappingRelationsAreResolvedUntilStable() {
        // A 2x2 table with row and column totals: cells a b / c d, row totals r1 r2, column totals k1 k2, grand g.
        List<Long> v = List.of(2L, 50L, 60L, 70L, 52L, 130L, 62L, 120L, 182L);
        List<SumConstraint> relations = List.of(
                new SumConstraint(4, List.of(0, 1)), new SumConstraint(5, List.of(2, 3)),
                new SumConstraint(6, List.of(0, 2)), new SumConstraint(7, List.of(1, 3)),
                new SumConstraint(8, List.of(4, 5)), new SumConstraint(8, List.of(6, 7)));
        boolean[] w = CellSuppression.suppress(v, relations, 5);
        assertThat(w[0]).isTrue();
        relations.forEach(r -> assertThat(CellSuppression.withheldCount(r, w)).isNotEqualTo(1));
    }

    @Test
    void noWithheldCellCanBeDerivedFromWhatIsPublished() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(8);
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add((long) (random.nextBoolean() ? random.nextInt(8) : random.nextInt(400)));
            }
            values.add(values.stream().mapToLong(Long::longValue).sum());
            SumConstraint relation =
                    new SumConstraint(n, IntStream.range(0, n).boxed().toList());
            boolean[] w = CellSuppression.suppress(values, List.of(relation), 5);
            assertThat(CellSuppression.withheldCount(relation, w))
                    .as("trial %d: %s", trial, values)
                    .isNotEqualTo(1);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) < 5) {
                    assertThat(w[i]).isTrue();
                }
            }
        }
    }

    @Test
    void theWorklistWithholdsExactlyWhatRepeatedSweepsDo() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int cells = 4 + random.nextInt(40);
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < cells; i++) {
                values.add(random.nextInt(5) == 0 ? null : (long) (random.nextBoolean() ? random.nextInt(8) : random.nextInt(300)));
            }
            List<SumConstraint> relations = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                List<Integer> members = new ArrayList<>(IntStream.range(0, cells).boxed().toList());
                java.util.Collections.shuffle(members, random);
                int total = members.get(0);
                if (values.get(total) != null) {
                    relations.add(new SumConstraint(total, members.subList(1, 2 + random.nextInt(Math.min(6, cells - 1)))));
                }
            }
            assertThat(CellSuppression.suppress(values, relations, 5))
                    .as("trial %d", trial)
                    .isEqualTo(sweeps(values, relations, 5));
        }
    }

    /** The definition: sweep the relations in order until one sweep changes nothing (as the product did first). */
    private static boolean[] sweeps(List<Long> values, List<SumConstraint> relations, int minCount) {
        boolean[] w = new boolean[values.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = values.get(i) != null && values.get(i) < minCount;
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (SumConstraint c : relations) {
                if (CellSuppression.withheldCount(c, w) != 1) {
                    continue;
                }
                Integer next = null;
                for (int p : c.parts()) {
                    if (!w[p] && values.get(p) != null
                            && (next == null || values.get(p) < values.get(next) || values.get(p).equals(values.get(next)) && p < next)) {
                        next = p;
                    }
                }
                int cell = next != null ? next : c.total();
                if (!w[cell]) {
                    w[cell] = true;
                    changed = true;
                }
            }
        }
        return w;
    }
}
