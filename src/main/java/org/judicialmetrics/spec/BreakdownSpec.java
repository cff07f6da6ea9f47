package org.judicialmetrics.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * One breakdown as configured in a profile or job spec: a column name, or an object with the column's allowed
 * {@code values}, whether it is {@code multi_valued} ({@code ;}-separated, like {@code grounds}), its {@code label},
 * and whether the report draws it as a {@code chart}.
 */
public record BreakdownSpec(String column, List<String> values, Boolean multiValued, String label, Boolean chart) {

    public BreakdownSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A breakdown written as its column name alone. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BreakdownSpec of(String column) {
        return new BreakdownSpec(column, null, null, null, null);
    }
}
