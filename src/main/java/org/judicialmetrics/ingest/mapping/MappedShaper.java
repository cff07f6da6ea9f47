package org.judicialmetrics.ingest.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialmetrics.ingest.RecordShaper;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;

/**
 * Applies a {@link SourceMapping} to one record: renames, constants, synthesized ids, code maps, date and number
 * formats, splits and flag columns, and drop rules. A value it cannot convert is passed on as it is, so validation
 * quarantines the row naming the value.
 */
final class MappedShaper implements RecordShaper {

    /** Hex digits of a hashed id: 64 bits, so ids of distinct rows collide with odds of about n^2 / 3.7e19. */
    static final int HASH_DIGITS = 16;
    /** What joins a hashed id's values (the unit separator, which exports do not contain). */
    static final String HASH_SEPARATOR = "\u001F";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final SourceMapping mapping;
    private final List<Column> columns;
    /** Column -> its code map with keys as {@code match: ignore_case} compares them, for the rules that ask. */
    private final Map<String, Map<String, String>> foldedCodes = new HashMap<>();

    MappedShaper(SourceMapping mapping, List<Column> columns) {
        this.mapping = mapping;
        this.columns = List.copyOf(columns);
        mapping.fields().forEach((column, rule) -> {
            if (rule.codes() != null && FieldRule.IGNORE_CASE.equals(rule.match())) {
                foldedCodes.put(column, foldKeys(rule.codes()));
            }
        });
    }

    /** The code map keyed as {@code ignore_case} compares values; keys that fold to one key must give one code. */
    static Map<String, String> foldKeys(Map<String, String> codes) {
        Map<String, String> folded = new HashMap<>();
        new TreeMap<>(codes).forEach((from, to) -> folded.putIfAbsent(fold(from), to));
        return folded;
    }

    /** A value as {@code ignore_case} compares it: without surrounding spaces, runs of spaces as one, in lower case. */
    static String fold(String value) {
        return SPACES.matcher(value).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Shaped shape(String file, long position, UnaryOperator<String> field) {
        for (DropRule rule : mapping.drop()) {
            if (matches(rule, field.apply(rule.column()))) {
                return Shaped.dropped(columns.size(), rule.reason());
            }
        }
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            FieldRule rule = mapping.fields().get(column.name());
            values[i] = rule == null ? field.apply(column.name())
                    : rule.synthesized() ? synthesized(rule, file, position, field) : value(column, rule, field);
        }
        return new Shaped(values, null);
    }

    /** A value made from where the record is, or from several of its columns; null when they are all empty. */
    private static String synthesized(FieldRule rule, String file, long position, UnaryOperator<String> field) {
        if (rule.synthesize() != null) {
            return file.substring(file.lastIndexOf('/') + 1) + ":" + position;
        }
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (String column : rule.sourceColumns()) {
            String v = field.apply(column);
            v = v == null ? "" : v.strip();
            any |= !v.isEmpty();
            parts.add(v);
        }
        if (!any) {
            return null;
        }
        if (rule.hash() != null) {
            return hash(parts);
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            byColumn.put(rule.sourceColumns().get(i), parts.get(i));
        }
        return FieldRule.PLACEHOLDER.matcher(rule.template())
                .replaceAll(m -> Matcher.quoteReplacement(byColumn.get(m.group(1))));
    }

    /** The first {@value #HASH_DIGITS} hex digits of the SHA-256 of the values joined by U+001F (UTF-8). */
    static String hash(List<String> values) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(HASH_SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
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

    private String value(Column column, FieldRule rule, UnaryOperator<String> field) {
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

    private String convert(Column column, FieldRule rule, String value) {
        boolean number = column.type() == ColumnType.INT || column.type() == ColumnType.DECIMAL;
        if (rule.codes() != null) {
            Map<String, String> folded = foldedCodes.get(column.name());
            String code = folded == null ? rule.codes().get(value) : folded.get(fold(value));
            if (code != null) {
                return code;
            }
            if (!number) {
                return "OTHER".equals(rule.unmapped()) ? "OTHER" : value;
            }
        }
        if (!rule.datePatterns().isEmpty()) {
            for (String pattern : rule.datePatterns()) {
                try {
                    return LocalDate.parse(value, formatter(pattern)).toString();
                } catch (DateTimeParseException e) {
                    // the next pattern, if any; a date no pattern fits is passed on and quarantined as BAD_DATE
                }
            }
            return value;
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
    public Map<String, Column> directSources() {
        Map<String, Column> direct = new LinkedHashMap<>();
        for (Column column : columns) {
            FieldRule rule = mapping.fields().get(column.name());
            String source = rule == null ? column.name()
                    : rule.from() != null && rule.codes() == null && rule.split() == null ? rule.from() : null;
            if (source != null) {
                direct.merge(source, column, (a, b) -> a.type() == ColumnType.STRING ? b : a);
            }
        }
        return direct;
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
