package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.judicialmetrics.metrics.Measure.Aggregation;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.spec.MetricSpec;
import org.judicialmetrics.spec.SpecException;

/**
 * Turns configured metric entries into {@link MetricDefinition}s: checks each entry against the job's columns and
 * codes (before Spark starts; a problem is a {@link SpecException} naming the file, the field and what exists), turns
 * its conditions into Spark expressions, and gives metrics with the same measure one shared {@link Measure}.
 */
final class MeasureBuilder {

    private static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]*");
    /** Prefix of a condition value naming a code group ({@code @adjudicated}). */
    static final String GROUP = "@";

    private final Map<Dataset, DatasetSchema> schemas;
    private final CodeSets codes;
    private final Map<Key, Measure> shared = new LinkedHashMap<>();

    MeasureBuilder(Map<Dataset, DatasetSchema> schemas, CodeSets codes) {
        this.schemas = schemas;
        this.codes = codes;
    }

    /** The measure's identity: metrics whose numerators (or denominators) have the same key share it. */
    private record Key(Dataset dataset, String date, Aggregation aggregation, Map<String, Set<String>> condition,
            String value) {
    }

    MetricDefinition metric(MetricSpec m, String where) {
        require(where, "id", m.id() != null && METRIC_ID.matcher(m.id()).matches(),
                "required; lower-case letters, digits and '_' (it is the metric table's metric_id)");
        Dataset dataset = Dataset.byId(m.dataset() == null ? "" : m.dataset()).orElseThrow(() -> new SpecException(
                where + ".dataset': '" + m.dataset() + "' is not a dataset; allowed: " + datasetIds()));
        MetricKind kind = kind(m, where);
        DatasetSchema schema = schemas.get(dataset);
        String date = m.date() == null ? dataset.periodColumn() : m.date();
        require(where, "date", schema.column(date).map(c -> c.type() == ColumnType.DATE).orElse(false),
                "'" + date + "' is not a date column of " + dataset.id() + "; dates: " + dates(schema));
        Map<String, Set<String>> numerator = condition(dataset, m.numerator(), where + ".numerator");
        Map<String, Set<String>> denominator = m.denominator() == null ? null
                : condition(dataset, m.denominator(), where + ".denominator");
        require(where, "denominator", kind.divides() == (denominator != null),
                kind.divides() ? "required for kind " + lower(kind) + ": the rows it divides by"
                        : "only for kinds rate and ratio");
        if (kind == MetricKind.RATE) {
            require(where, "numerator", within(numerator, denominator),
                    "a rate's numerator must count rows of its denominator (every column of the denominator with a"
                            + " subset of its codes); for a quotient that may exceed 1 use kind ratio");
        }
        Aggregation aggregation = aggregation(kind, schema, dataset, m.value(), where);
        Measure num = measure(m.id(), dataset, date, aggregation, numerator, m.value());
        Measure den = denominator == null ? null
                : measure(m.id() + "__denominator", dataset, date, Aggregation.ROWS, denominator, null);
        String numText = m.numeratorText() != null ? m.numeratorText() : describe(dataset, numerator, m.value(), date);
        String denText = m.denominatorText() != null ? m.denominatorText()
                : denominator == null ? "" : describe(dataset, denominator, null, date);
        String unit = m.unit() != null ? m.unit() : kind.divides() ? "proportion" : "count";
        m.show().forEach(place -> require(where, "show", MetricDefinition.PLACES.contains(place),
                "'" + place + "' is not a place; allowed: " + String.join(", ", MetricDefinition.PLACES)));
        boolean over = m.show().contains(MetricDefinition.TRENDS) || m.show().contains(MetricDefinition.MAIN_POINTS);
        require(where, "show", kind.divides() || !over, "trends and main_points show rates and ratios; a "
                + lower(kind) + " can be shown in headline and breakdowns");
        String definition = m.definition() != null ? m.definition()
                : m.label() != null ? m.label() + "." : numText + ".";
        return new MetricDefinition(m.id(), m.label(), m.labelZh(), definition, kind, numText, denText, unit,
                m.version() == null ? "1" : m.version(), num, den, m.show());
    }

    private static MetricKind kind(MetricSpec m, String where) {
        String kind = m.kind() == null ? "count" : m.kind();
        for (MetricKind k : MetricKind.values()) {
            if (lower(k).equals(kind)) {
                return k;
            }
        }
        throw new SpecException(where + ".kind': '" + kind + "' is not a kind; allowed: count, rate, ratio, sum,"
                + " median");
    }

    private Aggregation aggregation(MetricKind kind, DatasetSchema schema, Dataset dataset, String value,
            String where) {
        ColumnType type = value == null ? null : type(dataset, schema, value);
        if (value != null && type == null) {
            throw new SpecException(where + ".value': " + dataset.id() + " has no column '" + value + "'; numbers: "
                    + numbers(dataset, schema));
        }
        return switch (kind) {
            case RATE, RATIO -> {
                require(where, "value", value == null, "not for kind " + lower(kind));
                yield Aggregation.ROWS;
            }
            case COUNT -> {
                require(where, "value", value == null || type == ColumnType.INT,
                        "a whole-number column whose values are added (items per row); numbers: "
                                + numbers(dataset, schema));
                yield value == null ? Aggregation.ROWS : Aggregation.INTEGER_SUM;
            }
            case SUM, MEDIAN -> {
                require(where, "value", value != null && (type == ColumnType.INT || type == ColumnType.DECIMAL),
                        "required for kind " + lower(kind) + ": a number column; numbers: " + numbers(dataset, schema));
                yield kind == MetricKind.SUM ? Aggregation.DECIMAL_SUM : Aggregation.MEDIAN;
            }
        };
    }

    /** The condition with groups expanded to their codes, each column and code checked. */
    private Map<String, Set<String>> condition(Dataset dataset, Map<String, List<String>> given, String where) {
        DatasetSchema schema = schemas.get(dataset);
        Map<String, Set<String>> out = new TreeMap<>();
        given.forEach((column, values) -> {
            String field = where + "." + column;
            ColumnType type = type(dataset, schema, column);
            if (type == null) {
                throw new SpecException(field + "': " + dataset.id() + " has no column '" + column + "'; columns: "
                        + String.join(", ", conditionColumns(dataset, schema)));
            }
            if (values == null || values.isEmpty()) {
                throw new SpecException(field + "': a list of at least one code");
            }
            Set<String> expanded = new TreeSet<>();
            for (String v : values) {
                expanded.addAll(codes(dataset, schema, column, type, v, field));
            }
            out.put(column, expanded);
        });
        return out;
    }

    private Set<String> codes(Dataset dataset, DatasetSchema schema, String column, ColumnType type, String v,
            String field) {
        switch (type) {
            case BOOLEAN -> {
                if (!"true".equals(v) && !"false".equals(v)) {
                    throw new SpecException(field + "': '" + v + "' is not true or false");
                }
                return Set.of(v);
            }
            case CODE, CODES -> {
                List<String> known = allowed(schema, column);
                if (v.startsWith(GROUP)) {
                    Set<String> members = codes.group(column, v.substring(GROUP.length()));
                    if (members.isEmpty()) {
                        throw new SpecException(field + "': no code of " + column + " is in group '"
                                + v.substring(GROUP.length()) + "'; groups: " + codes.groups(column));
                    }
                    return members;
                }
                if (!known.isEmpty() && !known.contains(v)) {
                    throw new SpecException(field + "': '" + v + "' is not a code of " + column + "; codes: "
                            + String.join(", ", known));
                }
                return Set.of(v);
            }
            case STRING -> {
                return Set.of(v);
            }
            default -> throw new SpecException(field + "': conditions compare codes or text; " + column + " is a "
                    + type.name().toLowerCase(Locale.ROOT) + " column of " + dataset.id());
        }
    }

    private static List<String> allowed(DatasetSchema schema, String column) {
        return schema.column(column).map(org.judicialmetrics.model.Column::codes).orElse(List.of());
    }

    /** Whether every row the numerator counts is a row of the denominator. */
    private static boolean within(Map<String, Set<String>> numerator, Map<String, Set<String>> denominator) {
        return denominator.entrySet().stream().allMatch(e -> numerator.containsKey(e.getKey())
                && e.getValue().containsAll(numerator.get(e.getKey())));
    }

    private Measure measure(String name, Dataset dataset, String date, Aggregation aggregation,
            Map<String, Set<String>> condition, String value) {
        Key key = new Key(dataset, date, aggregation, condition, value);
        return shared.computeIfAbsent(key, k -> build(name, k));
    }

    private Measure build(String name, Key k) {
        DatasetSchema schema = schemas.get(k.dataset());
        String event = k.dataset().eventColumn();
        Column qualifies = lit(true);
        List<String> columns = new ArrayList<>();
        Set<Dataset> links = new LinkedHashSet<>();
        List<String> ordered = new ArrayList<>(k.condition().keySet());
        ordered.sort((a, b) -> a.equals(event) ? -1 : b.equals(event) ? 1 : 0);
        for (String column : ordered) {
            Set<String> values = k.condition().get(column);
            qualifies = qualifies.and(test(k.dataset(), schema, column, values));
            reads(k.dataset(), column, columns, links);
        }
        Column value = null;
        if (k.value() != null) {
            value = DerivedColumn.of(k.dataset(), k.value()).map(DerivedColumn::expression).orElse(col(k.value()));
            reads(k.dataset(), k.value(), columns, links);
        }
        Set<String> eventCodes = k.condition().getOrDefault(event, Set.of());
        return new Measure("m_" + name, k.dataset(), k.date(), k.aggregation(), coalesce(qualifies, lit(false)),
                value, columns, links, eventCodes);
    }

    private static void reads(Dataset dataset, String column, List<String> columns, Set<Dataset> links) {
        DerivedColumn derived = DerivedColumn.of(dataset, column).orElse(null);
        List<String> read = derived == null ? List.of(column) : derived.inputs();
        read.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        if (derived != null) {
            links.addAll(derived.links());
        }
    }

    private Column test(Dataset dataset, DatasetSchema schema, String column, Set<String> values) {
        ColumnType type = type(dataset, schema, column);
        Column c = DerivedColumn.of(dataset, column).map(DerivedColumn::expression).orElse(col(column));
        return switch (type) {
            case BOOLEAN -> c.isin(values.stream().map(Boolean::valueOf).toArray());
            case CODES -> arrays_overlap(split(c, Pattern.quote(Dataset.MULTI_VALUE_SEPARATOR)),
                    array(values.stream().map(v -> lit(v)).toArray(Column[]::new)));
            default -> c.isin(values.toArray());
        };
    }

    private static ColumnType type(Dataset dataset, DatasetSchema schema, String column) {
        return schema.column(column).map(org.judicialmetrics.model.Column::type)
                .orElseGet(() -> DerivedColumn.of(dataset, column).map(DerivedColumn::type).orElse(null));
    }

    /** The condition in words: "rows with outcome CONVICTED or ACQUITTED and sex FEMALE, by concluded date". */
    private static String describe(Dataset dataset, Map<String, Set<String>> condition, String value, String date) {
        StringBuilder sb = new StringBuilder(value == null ? dataset.id() + " rows" : value + " over rows");
        List<String> parts = new ArrayList<>();
        condition.forEach((column, values) -> parts.add(column + " " + String.join(" or ", values)));
        if (!parts.isEmpty()) {
            sb.append(" with ").append(String.join(" and ", parts));
        }
        return sb.append(", by ").append(date.replace('_', ' ')).toString();
    }

    private static List<String> conditionColumns(Dataset dataset, DatasetSchema schema) {
        List<String> out = new ArrayList<>();
        schema.columns().stream().filter(c -> c.type() == ColumnType.CODE || c.type() == ColumnType.CODES
                || c.type() == ColumnType.STRING || c.type() == ColumnType.BOOLEAN).forEach(c -> out.add(c.name()));
        DerivedColumn.ALL.stream().filter(d -> d.dataset() == dataset && d.type() == ColumnType.BOOLEAN)
                .forEach(d -> out.add(d.name()));
        return out;
    }

    private static String dates(DatasetSchema schema) {
        return String.join(", ", schema.columns().stream().filter(c -> c.type() == ColumnType.DATE)
                .map(org.judicialmetrics.model.Column::name).toList());
    }

    private static String numbers(Dataset dataset, DatasetSchema schema) {
        List<String> out = new ArrayList<>(schema.columns().stream()
                .filter(c -> c.type() == ColumnType.INT || c.type() == ColumnType.DECIMAL)
                .map(org.judicialmetrics.model.Column::name).toList());
        DerivedColumn.ALL.stream().filter(d -> d.dataset() == dataset && d.type() == ColumnType.DECIMAL)
                .forEach(d -> out.add(d.name()));
        return String.join(", ", out);
    }

    private static String datasetIds() {
        return String.join(", ", java.util.Arrays.stream(Dataset.values()).map(Dataset::id).toList());
    }

    private static String lower(MetricKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void require(String where, String field, boolean ok, String allowed) {
        if (!ok) {
            throw new SpecException(where + "." + field + "': " + allowed);
        }
    }
}
