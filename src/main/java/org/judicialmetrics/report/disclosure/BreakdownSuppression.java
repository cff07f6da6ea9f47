package org.judicialmetrics.report.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Suppression of one column of a breakdown table: sibling counts that add up to a total shown in the same table. */
public final class BreakdownSuppression {

    private BreakdownSuppression() {
    }

    /**
     * @param parts the siblings' counts (null: not available)
     * @param total their total, computed before suppression (null: no total shown)
     * @return withheld flags for each part, then one for the total
     */
    public static boolean[] suppress(List<Long> parts, Long total, int minCount) {
        List<Long> values = new ArrayList<>(parts);
        values.add(total);
        List<SumConstraint> relations = total == null
                ? List.of()
                : List.of(new SumConstraint(parts.size(), IntStream.range(0, parts.size()).boxed().toList()));
        return CellSuppression.suppress(values, relations, minCount);
    }
}
