package org.judicialmetrics.ingest.mapping;

import org.judicialmetrics.storage.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.Dataset;
import java.util.Optional;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.spec.StrictJson;

/** Reads a source mapping strictly and checks every rule; errors name the mapping file and the field. */
public final class SourceMappingLoader {

    private final Location sourcesDir;

    /** @param sourcesDir the folder of named mappings, {@code jobs/sources} */
    public SourceMappingLoader(Location sourcesDir) {
        this.sourcesDir = sourcesDir;
    }

    /** The loader of a project's mappings, {@code <project>/jobs/sources}. */
    public static SourceMappingLoader ofProject(java.nio.file.Path projectDir) {
        return ofJobs(Location.local(projectDir.resolve("jobs")));
    }

    /** The loader of the mappings beside a folder of job specs, {@code <jobs>/sources}. */
    public static SourceMappingLoader ofJobs(Location jobsDir) {
        return new SourceMappingLoader(jobsDir.resolve("sources"));
    }

    public SourceMappingLoader(java.nio.file.Path sourcesDir) {
        this(Location.local(sourcesDir));
    }

    /** The named mapping, or none when no name is given. */
    public java.util.Optional<SourceMapping> optional(String nameOrPath) {
        return nameOrPath == null ? java.util.Optional.empty() : java.util.Optional.of(load(nameOrPath));
    }

    /** Loads a mapping by name (in the sources folder) or by path. */
    public SourceMapping load(String nameOrPath) {
        Location file = file(nameOrPath);
        if (!file.isFile()) {
            throw new SpecException("source mapping '" + nameOrPath + "' not found: no file " + file);
        }
        return read(file);
    }

    /** The file of a mapping named (in the sources folder) or given by path. */
    public Location file(String nameOrPath) {
        return nameOrPath.endsWith(".json") && Location.of(nameOrPath).isFile() ? Location.of(nameOrPath)
                : sourcesDir.resolve(nameOrPath.endsWith(".json") ? nameOrPath : nameOrPath + ".json");
    }

    public static SourceMapping read(java.nio.file.Path file) {
        return read(Location.local(file));
    }

    public static SourceMapping read(Location file) {
        SourceMapping mapping = StrictJson.read(file, SourceMapping.class);
        check(file, mapping);
        return mapping;
    }

    private static void check(Location file, SourceMapping m) {
        require(file, "id", m.id() != null && !m.id().isBlank(), "required");
        require(file, "encoding", supported(m.encoding()), "'" + m.encoding() + "' is not an encoding this Java"
                + " runtime knows; e.g. UTF-8, windows-1252, GB18030, UTF-16");
        List<Column> columns = CountTableSchema.targetColumns(m.target()).orElseThrow(() -> new SpecException(
                file + ": field 'target': '" + m.target() + "' is not a canonical dataset or count table; allowed: "
                        + String.join(", ", CountTableSchema.targets())));
        for (Map.Entry<String, FieldRule> e : m.fields().entrySet()) {
            String field = "fields." + e.getKey();
            Column column = columns.stream().filter(c -> c.name().equals(e.getKey())).findFirst()
                    .orElseGet(() -> declaredColumn(file, field, e.getKey(), m.target(), columns));
            FieldRule r = e.getValue();
            int sources = (r.from() != null ? 1 : 0) + (r.constant() != null ? 1 : 0) + (r.flags() != null ? 1 : 0)
                    + (r.synthesize() != null ? 1 : 0) + (r.template() != null ? 1 : 0) + (r.hash() != null ? 1 : 0)
                    + (r.path() != null ? 1 : 0);
            require(file, field, sources == 1,
                    "exactly one of 'from', 'constant', 'flags', 'synthesize', 'template', 'hash' or 'path'");
            if (r.synthesized()) {
                checkSynthesized(file, field, r, column);
            }
            if (r.path() != null) {
                require(file, field + ".path", CountTableSchema.ID.equals(m.target()) && "period".equals(e.getKey()),
                        "only for the period of a count table (" + CountTableSchema.ID + ")");
                PeriodFromPath.check(file, field + ".path", r.path());
            }
            require(file, field + ".flags", r.flags() == null || column.type() == ColumnType.CODES,
                    "only for a multi-valued code column (" + codesColumns(columns) + ")");
            if (r.flags() != null) {
                r.flags().keySet().forEach(code -> require(file, field + ".flags." + code, column.codes().contains(code),
                        "a code of " + column.name() + ": " + String.join(", ", column.codes())));
            }
            if (r.codes() != null) {
                require(file, field + ".codes", !column.codes().isEmpty() || column.type() == ColumnType.STRING
                        || column.type() == ColumnType.INT || column.type() == ColumnType.DECIMAL,
                        "only for a code, text or number column");
                r.codes().forEach((from, to) -> require(file, field + ".codes." + from,
                        column.codes().isEmpty() || column.codes().contains(to),
                        "'" + to + "' is not a code of " + column.name() + "; allowed: " + String.join(", ", column.codes())));
            }
            require(file, field + ".match", r.match() == null || r.match().equals("exact")
                    || r.match().equals(FieldRule.IGNORE_CASE), "'exact' or '" + FieldRule.IGNORE_CASE + "'");
            require(file, field + ".match", r.match() == null || r.codes() != null, "only with 'codes', whose keys it compares");
            if (FieldRule.IGNORE_CASE.equals(r.match())) {
                checkFoldedCodes(file, field, r.codes());
            }
            require(file, field + ".unmapped", r.unmapped() == null || r.unmapped().equals("quarantine")
                    || (r.unmapped().equals("OTHER") && column.codes().contains("OTHER")),
                    "'quarantine'" + (column.codes().contains("OTHER") ? " or 'OTHER'" : " (" + column.name() + " has no OTHER code)"));
            if (r.dateFormat() != null) {
                require(file, field + ".date_format", r.dateFormats() == null, "not with 'date_formats' (give one list)");
                checkDatePattern(file, field + ".date_format", r.dateFormat(), column);
            }
            if (r.dateFormats() != null) {
                require(file, field + ".date_formats", !r.dateFormats().isEmpty(), "one date pattern or more, tried in order");
                for (int i = 0; i < r.dateFormats().size(); i++) {
                    checkDatePattern(file, field + ".date_formats[" + i + "]", r.dateFormats().get(i), column);
                }
            }
            require(file, field + ".thousands_separator", r.thousandsSeparator() == null
                    || column.type() == ColumnType.INT || column.type() == ColumnType.DECIMAL, "only for a number column");
            require(file, field + ".split", r.split() == null || (!r.split().isEmpty() && column.type() == ColumnType.CODES),
                    "a non-empty separator, only for a multi-valued code column (" + codesColumns(columns) + ")");
        }
        if (m.unpivot() != null) {
            require(file, "unpivot", CountTableSchema.ID.equals(m.target()),
                    "only for a count table (" + CountTableSchema.ID + "): a wide table's columns become its rows");
            require(file, "unpivot.columns", m.unpivot().columns() != null, "required: a pattern matching the headers"
                    + " of the columns that become rows, e.g. Number of (?<offence>.+) (?<outcome>Convictions|Unsuccessful)");
            try {
                m.unpivot().pattern();
            } catch (PatternSyntaxException ex) {
                throw new SpecException(file + ": field 'unpivot.columns': not a regular expression: "
                        + ex.getDescription());
            }
            require(file, "unpivot.value", m.unpivot().value() != null && !m.unpivot().value().isBlank()
                    && !m.unpivot().groups().contains(m.unpivot().value()),
                    "required: the source field name of the cell (not one of the pattern's groups)");
        }
        for (int i = 0; i < m.totals().size(); i++) {
            SourceMapping.TotalRule t = m.totals().get(i);
            String field = "totals[" + i + "]";
            require(file, field, CountTableSchema.ID.equals(m.target()), "only for a count table");
            require(file, field + ".column", t.column() != null && !"period".equals(t.column())
                    && !"measure".equals(t.column()) && !"count".equals(t.column()),
                    "required: the breakdown column whose values name total rows (e.g. region)");
            require(file, field + ".values", !t.values().isEmpty(), "required: the values of total rows, e.g. National");
            require(file, field + ".mismatch", t.mismatch().equals("check") || t.mismatch().equals("error"),
                    "'check' (a failed check, exit 3) or 'error' (exit 2)");
        }
        require(file, "complete", !m.complete() || CountTableSchema.ID.equals(m.target()), "only for a count table");
        for (int i = 0; i < m.drop().size(); i++) {
            DropRule d = m.drop().get(i);
            String field = "drop[" + i + "]";
            require(file, field + ".column", d.column() != null, "required: the source column the rule tests");
            require(file, field + ".reason", d.reason() != null && !d.reason().isBlank(),
                    "required: every dropped row is counted under its stated reason");
            require(file, field, d.values() != null || d.pattern() != null || Boolean.TRUE.equals(d.empty()),
                    "one of 'values', 'pattern' or 'empty': true");
            if (d.pattern() != null) {
                try {
                    Pattern.compile(d.pattern());
                } catch (PatternSyntaxException ex) {
                    throw new SpecException(file + ": field '" + field + ".pattern': not a regular expression: "
                            + ex.getDescription());
                }
            }
        }
    }

    private static void checkDatePattern(Location file, String field, String pattern, Column column) {
        require(file, field, column.type() == ColumnType.DATE, "only for a date column");
        try {
            MappedShaper.formatter(pattern);
        } catch (IllegalArgumentException ex) {
            throw new SpecException(file + ": field '" + field + "': '" + pattern
                    + "' is not a date pattern (e.g. M/d/yyyy, yyyyMMdd): " + ex.getMessage());
        }
    }

    /** A synthesized value is text made whole by the rule: it fills a text column and takes no transform. */
    private static void checkSynthesized(Location file, String field, FieldRule r, Column column) {
        String source = r.synthesize() != null ? "synthesize" : r.template() != null ? "template" : "hash";
        require(file, field + "." + source, column.type() == ColumnType.STRING,
                "only for a text column such as an id (" + column.name() + " is " + column.type().expected() + ")");
        require(file, field, r.codes() == null && r.unmapped() == null && r.datePatterns().isEmpty()
                        && r.thousandsSeparator() == null && r.split() == null && r.match() == null,
                "'" + source + "' makes the value whole: no 'codes', 'unmapped', 'date_format', 'date_formats',"
                        + " 'thousands_separator', 'split' or 'match' with it");
        if (r.synthesize() != null) {
            require(file, field + ".synthesize", FieldRule.ROW_NUMBER.equals(r.synthesize()),
                    "'" + r.synthesize() + "' is not a way to synthesize a value; allowed: " + FieldRule.ROW_NUMBER
                            + " (the file's name and the record's line, or row in Parquet)");
        }
        if (r.template() != null) {
            require(file, field + ".template", !r.templateColumns().isEmpty(),
                    "names no column; write each source column as {Column}, e.g. \"{Last Name}|{First Name}\"");
            String literal = FieldRule.PLACEHOLDER.matcher(r.template()).replaceAll("");
            require(file, field + ".template", literal.indexOf('{') < 0 && literal.indexOf('}') < 0,
                    "'" + r.template() + "' has an unmatched '{' or '}'; write each source column as {Column}");
        }
        if (r.hash() != null) {
            require(file, field + ".hash", !r.hash().isEmpty() && r.hash().stream().allMatch(c -> c != null && !c.isBlank()),
                    "one source column or more, whose values make the id");
            require(file, field + ".hash", r.hash().stream().distinct().count() == r.hash().size(),
                    "a column is listed twice");
        }
    }

    /** Under {@code ignore_case}, keys that differ only in case or spaces are one key: they must give one code. */
    private static void checkFoldedCodes(Location file, String field, Map<String, String> codes) {
        Map<String, String> firstKey = new java.util.HashMap<>();
        new java.util.TreeMap<>(codes).forEach((from, to) -> {
            String earlier = firstKey.putIfAbsent(MappedShaper.fold(from), from);
            if (earlier != null && !codes.get(earlier).equals(to)) {
                throw new SpecException(file + ": field '" + field + ".codes." + from + "': '" + from + "' and '"
                        + earlier + "' are the same key under match 'ignore_case' but give " + to + " and "
                        + codes.get(earlier));
            }
        });
    }

    private static boolean supported(String encoding) {
        try {
            return java.nio.charset.Charset.isSupported(encoding);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private static String codesColumns(List<Column> columns) {
        return columns.stream().filter(c -> c.type() == ColumnType.CODES).map(Column::name)
                .collect(Collectors.joining(", "));
    }

    /**
     * A column outside the target's own columns: a breakdown column, which a job may declare (it is read as text), so a
     * mapping may fill it; a count table's breakdown columns are those of {@code defendant_outcomes}.
     */
    private static Column declaredColumn(Location file, String field, String name, String target, List<Column> columns) {
        if (!DECLARED.matcher(name).matches()) {
            throw new SpecException(file + ": field '" + field + "': '" + name + "' is not a column of " + target
                    + "; allowed: " + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                    + ", or a breakdown column (lower-case letters, digits and '_')");
        }
        return (CountTableSchema.ID.equals(target) ? Dataset.DEFENDANT_OUTCOMES.column(name) : Optional.<Column>empty())
                .orElse(new Column(name, ColumnType.STRING, false, List.of(), "declared breakdown column"));
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private static void require(Location file, String field, boolean ok, String allowed) {
        StrictJson.require(file, field, ok, allowed);
    }
}
