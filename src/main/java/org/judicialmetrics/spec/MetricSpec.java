package org.judicialmetrics.spec;

import java.util.List;
import java.util.Map;

/**
 * One metric as configured in a profile or job spec (PRODUCT.md section 9). The built-in metrics of section 4 are the
 * {@code cn} profile's entries of this shape, so every metric takes the same path into the registry.
 *
 * @param id              the metric table's {@code metric_id}
 * @param dataset         whose rows it counts
 * @param label           short name in tables and charts (default: the id in words)
 * @param labelZh         the official Chinese term (the dashboard's metric dictionary); optional
 * @param definition      one sentence for analysts
 * @param unit            unit of the value (rates: {@code proportion})
 * @param kind            {@code count}, {@code rate}, {@code ratio}, {@code sum} or {@code median}
 * @param numerator       the rows counted: column -> codes (AND across columns, OR within a list; {@code @group}
 *                        stands for every code of a group, {@code true}/{@code false} for a boolean column)
 * @param denominator     the rows a rate or ratio divides by, in the same form
 * @param date            the date column deciding the period (default: the dataset's)
 * @param value           the column summed ({@code count} of items, {@code sum}) or whose median is taken
 * @param numeratorText   what is counted, in words (default: written from the condition)
 * @param denominatorText what a rate divides by, in words (default: written from the condition)
 * @param version         the definition version, bumped when the definition changes (default {@code 1})
 * @param show            where the report shows it beyond the metric table: {@code headline}, {@code trends},
 *                        {@code breakdowns}
 */
public record MetricSpec(String id, String dataset, String label, String labelZh, String definition, String unit, String kind,
        Map<String, List<String>> numerator, Map<String, List<String>> denominator, String date, String value,
        String numeratorText, String denominatorText, String version, List<String> show) {

    public MetricSpec {
        numerator = numerator == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(numerator));
        denominator = denominator == null ? null : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(denominator));
        show = show == null ? List.of() : List.copyOf(show);
    }
}
