package org.judicialmetrics.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Breakdown tables with a hidden complement column: nothing small can be derived from columns, rows or totals. */
class GridSuppressionTest {

    private static final List<SumConstraint> DECIDED_IS_GRANTED_PLUS_DENIED =
            List.of(new SumConstraint(0, List.of(1, 2)));

    @Test
    void aSmallHiddenComplementWithholdsAPrintedCell() {
        // decided, granted, denied (hidden): 128 - 125 would reveal 3 denied.
        List<List<Long>> rows = List.of(row(128, 125), row(900, 200), row(1_000, 300), row(2_028, 625));
        boolean[][] w = GridSuppression.withTotalRow(rows, DECIDED_IS_GRANTED_PLUS_DENIED, 5);
        assertThat(w[0][2]).as("3 denied").isTrue();
        assertThat(w[0][0] || w[0][1]).as("decided or granted of that row").isTrue();
        assertThat(w[3][0] || w[3][1] || w[3][2]).as("totals untouched").isFalse();
    }

    @Test
    void everyRelationHasNoneOrAtLeastTwoUnknowns() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(6);
            List<List<Long>> rows = new ArrayList<>();
            long decided = 0;
            long granted = 0;
            for (int i = 0; i < n; i++) {
                long d = random.nextInt(3) == 0 ? random.nextInt(9) : random.nextInt(500);
                long g = d == 0 ? 0 : random.nextInt((int) d + 1);
                rows.add(row(d, g));
                decided += d;
                granted += g;
            }
            rows.add(row(decided, granted));
            boolean[][] w = GridSuppression.withTotalRow(rows, DECIDED_IS_GRANTED_PLUS_DENIED, 5);
            for (int c = 0; c < 3; c++) {
                int unknown = 0;
                for (boolean[] r : w) {
                    unknown += r[c] ? 1 : 0;
                }
                assertThat(unknown).as("trial %d column %d: %s", trial, c, rows).isNotEqualTo(1);
            }
            for (int r = 0; r < rows.size(); r++) {
                int unknown = (w[r][0] ? 1 : 0) + (w[r][1] ? 1 : 0) + (w[r][2] ? 1 : 0);
                assertThat(unknown).as("trial %d row %d: %s", trial, r, rows).isNotEqualTo(1);
                for (int c = 0; c < 3; c++) {
                    if (rows.get(r).get(c) < 5) {
                        assertThat(w[r][c]).isTrue();
                    }
                }
            }
        }
    }

    private static List<Long> row(long decided, long granted) {
        return Arrays.asList(decided, granted, GridSuppression.complement(decided, granted));
    }
}
