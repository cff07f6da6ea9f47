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
}
