package org.judicialmetrics.ingest.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.judicialmetrics.ingest.RecordShaper;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;

/**
 * Applies a {@link SourceMapping} to one record: renames, constants, code maps, date and number formats, splits and
 * flag columns, and drop rules. A value it cannot convert is passed on as it is, so validation quarantines the row
 * naming the value.
 */
final class MappedShaper implements RecordShaper {

    private final SourceMapping mapping;
    private final List<Column> columns;

    MappedShaper(SourceMapping mapping, List<Column> columns) {
        this.mapping = mapping;
        this.columns = List.copyOf(columns);
    }

    @Override
    public Shaped shape(UnaryOperator<String> field) {
        for (DropRule rule : mapping.drop()) {
            if (matches(rule, field.apply(rule.column()))) {
                return Shaped.dropped(columns.size(), rule.reason());
            }
        }
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            FieldRule rule = mapping.fields().get(column.name());
            values[i] = rule == null ? field.apply(column.name()) : value(column, rule, field);
        }
        return new Shaped(values, null);
    }

    private static boolean matches(DropRule rule, String value) {
        String v = value == null ? "" : value.strip();
        if (Boolean.TRUE.equals(rule.empty()) && v.isEmpty()) {
            return true;
        }
        if (rule.values() != null && rule.values().contains(v)) {
            return true;
        }
        return rule.pattern() != null && Pattern.compile(rule.pattern()).matcher(v).matches();
    }

    private static String value(Column column, FieldRule rule, UnaryOperator<String> field) {
        if (rule.constant() != null) {
            return rule.constant();
        }
        if (rule.flags() != null) {
            Set<String> codes = new LinkedHashSet<>();
            new TreeMap<>(rule.flags()).forEach((code, source) -> {
                String flag = field.apply(source);
                if (flag != null && !flag.isBlank()) {
                    codes.add(code);
                }
            });
            return codes.isEmpty() ? null : String.join(Dataset.MULTI_VALUE_SEPARATOR, codes);
        }
        if (rule.path() != null) {
            return PeriodFromPath.label(rule.path(), field.apply(PeriodFromPath.PATH_FIELD));
        }
        String raw = field.apply(rule.from());
        if (raw == null || raw.isBlank()) {
            return null;
        }
        raw = raw.strip();
        if (rule.split() != null) {
            List<String> parts = new ArrayList<>();
            for (String part : raw.split(Pattern.quote(rule.split()), -1)) {
                if (!part.isBlank()) {
                    parts.add(convert(column, rule, part.strip()));
                }
            }
            return parts.isEmpty() ? null : String.join(Dataset.MULTI_VALUE_SEPARATOR, new LinkedHashSet<>(parts));
        }
        return convert(column, rule, raw);
    }

    private static String convert(Column column, FieldRule rule, String value) {
        boolean number = column.type() == ColumnType.INT || column.type() == ColumnType.DECIMAL;
        if (rule.codes() != null) {
            String code = rule.codes().get(value);
            if (code != null) {
                return code;
            }
            if (!number) {
                return "OTHER".equals(rule.unmapped()) ? "OTHER" : value;
            }
        }
        if (rule.dateFormat() != null) {
            try {
                return LocalDate.parse(value, formatter(rule.dateFormat())).toString();
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (rule.thousandsSeparator() != null && (column.type() == ColumnType.INT || column.type() == ColumnType.DECIMAL)) {
            return value.replace(rule.thousandsSeparator(), "");
        }
        return value;
    }

    /** A strict formatter for the mapping's pattern ({@code yyyy} read as the proleptic year). */
    static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public List<String> requiredSourceColumns() {
        Set<String> needed = new LinkedHashSet<>();
        for (Column column : columns) {
            FieldRule rule = mapping.fields().get(column.name());
            if (rule == null) {
                if (column.required()) {
                    needed.add(column.name());
                }
            } else {
                needed.addAll(rule.sourceColumns());
            }
        }
        mapping.drop().forEach(d -> needed.add(d.column()));
        return List.copyOf(needed);
    }

    @Override
    public boolean uses(String sourceColumn) {
        if (mapping.drop().stream().anyMatch(d -> d.column().equals(sourceColumn))) {
            return true;
        }
        for (Column column : columns) {
            FieldRule rule = mapping.fields().get(column.name());
            if (rule == null ? column.name().equals(sourceColumn) : rule.sourceColumns().contains(sourceColumn)) {
                return true;
            }
        }
        return false;
    }
}
