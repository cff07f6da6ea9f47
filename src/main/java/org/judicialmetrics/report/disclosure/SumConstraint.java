package org.judicialmetrics.report.disclosure;

import java.util.List;

/** A published total and the sibling cells that add up to it: the relation a reader could use to recover a cell. */
public record SumConstraint(int total, List<Integer> parts) {

    public SumConstraint {
        parts = List.copyOf(parts);
    }
}
