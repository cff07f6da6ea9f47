package org.judicialmetrics.ingest.mapping;

import java.util.List;

/**
 * Rows of an external file that are not case data (test records, subtotals, other jurisdictions): dropped with a
 * stated reason, counted in the manifest and kept in the quarantine, never silently. A rule matches when its source
 * column equals one of {@code values}, matches the {@code pattern}, or (with {@code empty}) is empty.
 */
public record DropRule(String column, List<String> values, String pattern, Boolean empty, String reason)
        implements java.io.Serializable {
    public DropRule {
        values = values == null ? null : List.copyOf(values);
    }
}
