package org.judicialmetrics.spec;

import org.judicialmetrics.storage.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.DerivedColumn;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;

/**
 * A job's data model, resolved once from its profile and spec before Spark starts: each dataset's columns (canonical
 * ones with the codes the configuration adds, then declared breakdown columns), its breakdowns and the metric
 * registry. Every later stage reads this object; nothing reads a profile or a built-in list again.
 *
 * <p>Precedence, here and nowhere else: command line > job spec > profile > built-in defaults. A spec's
 * {@code breakdowns} of a dataset replace the profile's, which replace the built-in list; its {@code metrics} are added
 * to the profile's (an entry with a profile metric's id replaces it); its {@code codes} are added to the profile's,
 * which are added to the canonical codes; its {@code eras} replace the profile's.
 */
public final class JobModel {

    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    /** The built-in breakdowns of each dataset (spec section 4), used where neither spec nor profile lists them. */
    static final Map<Dataset, List<BreakdownSpec>> DEFAULT_BREAKDOWNS = Map.of(
            Dataset.DEFENDANT_OUTCOMES, names("region", "court_level", "proceeding", "prosecution_type",
                    "offense_category"),
            Dataset.EXCLUSION_MOTIONS, List.of(BreakdownSpec.of("region"), BreakdownSpec.of("court_level"),
                    chart("stage", "INVESTIGATION", "PROSECUTION_REVIEW", "PRETRIAL", "TRIAL", "APPEAL"),
                    chart("applicant"), chart("evidence_type"), chart("alleged_method")),
            Dataset.CONVICTION_REVIEWS, List.of(BreakdownSpec.of("region"), BreakdownSpec.of("court_level"),
                    BreakdownSpec.of("review_type"), new BreakdownSpec("grounds", null, true, null, null)));

    private final Profile profile;
    private final CodeSets codes;
    private final Map<Dataset, DatasetSchema> schemas;
    private final Map<Dataset, List<Breakdown>> breakdowns;
    private final MetricRegistry metrics;
    private final ConfigFile profileSource;

    private JobModel(Profile profile, CodeSets codes, Map<Dataset, DatasetSchema> schemas,
            Map<Dataset, List<Breakdown>> breakdowns, MetricRegistry metrics) {
        this(profile, codes, schemas, breakdowns, metrics, null);
    }

    private JobModel(Profile profile, CodeSets codes, Map<Dataset, DatasetSchema> schemas,
            Map<Dataset, List<Breakdown>> breakdowns, MetricRegistry metrics, ConfigFile profileSource) {
        this.profileSource = profileSource;
        this.profile = profile;
        this.codes = codes;
        this.schemas = schemas;
        this.breakdowns = breakdowns;
        this.metrics = metrics;
    }

    /**
     * Resolves the profile and the spec's own settings into the job's model; every problem is a
     * {@link SpecException} naming the file (profile or spec) and the field.
     */
    public static JobModel resolve(Profile profile, Location profileFile, JobSpec spec, Location specFile) {
        CodeSets codes = CodeSets.canonical().with(profile.codes()).with(spec.codes());
        checkPlausibility(profile.plausibility(), profileFile);
        checkCodes(profile.codes(), profileFile);
        checkCodes(spec.codes(), specFile);
        Map<Dataset, List<BreakdownSpec>> chosen = new EnumMap<>(Dataset.class);
        Map<Dataset, Location> chosenFrom = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            if (spec.breakdowns().containsKey(d.id())) {
                chosen.put(d, spec.breakdowns().get(d.id()));
                chosenFrom.put(d, specFile);
            } else if (profile.breakdowns().containsKey(d.id())) {
                chosen.put(d, profile.breakdowns().get(d.id()));
                chosenFrom.put(d, profileFile);
            } else {
                chosen.put(d, DEFAULT_BREAKDOWNS.get(d));
            }
        }
        checkDatasetKeys(profile.breakdowns(), profileFile, "breakdowns");
        checkDatasetKeys(spec.breakdowns(), specFile, "breakdowns");
        Map<Dataset, DatasetSchema> schemas = new EnumMap<>(Dataset.class);
        Map<Dataset, List<Breakdown>> breakdowns = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            List<Column> columns = new ArrayList<>();
            for (Column c : d.columns()) {
                columns.add(c.codes().isEmpty() ? c
                        : new Column(c.name(), c.type(), c.required(), codes.codes(c.name()), c.meaning()));
            }
            List<String> declared = new ArrayList<>();
            List<Breakdown> list = new ArrayList<>(List.of(Breakdown.ALL));
            List<BreakdownSpec> specs = chosen.get(d);
            for (int i = 0; i < specs.size(); i++) {
                BreakdownSpec b = specs.get(i);
                String field = (chosenFrom.get(d) == null ? "built-in" : chosenFrom.get(d).toString())
                        + ": field 'breakdowns." + d.id() + "[" + i + "]";
                Breakdown breakdown = breakdown(d, b, field, columns, declared, codes);
                if (list.stream().anyMatch(x -> x.id().equals(breakdown.id()))) {
                    throw new SpecException(field + "': " + breakdown.id() + " is listed twice");
                }
                list.add(breakdown);
            }
            schemas.put(d, new DatasetSchema(d, columns, declared));
            breakdowns.put(d, List.copyOf(list));
        }
        List<MetricRegistry.Declared> entries = new ArrayList<>();
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int i = 0; i < profile.metrics().size(); i++) {
            add(entries, byId, profile.metrics().get(i), profileFile + ": field 'metrics[" + i + "]", profileFile);
        }
        for (int i = 0; i < spec.metrics().size(); i++) {
            add(entries, byId, spec.metrics().get(i), specFile + ": field 'metrics[" + i + "]", specFile);
        }
        return new JobModel(profile, codes, schemas, breakdowns, MetricRegistry.of(entries, schemas, codes));
    }

    private static void add(List<MetricRegistry.Declared> entries, Map<String, Integer> byId, MetricSpec m,
            String where, Location file) {
        Integer at = m.id() == null ? null : byId.get(m.id());
        if (at != null && entries.get(at).where().startsWith(file + ":")) {
            throw new SpecException(where + ".id': metric " + m.id() + " is declared twice in " + file);
        }
        if (at != null) {
            entries.set(at, new MetricRegistry.Declared(m, where));
        } else {
            byId.put(m.id(), entries.size());
            entries.add(new MetricRegistry.Declared(m, where));
        }
    }

    private static Breakdown breakdown(Dataset d, BreakdownSpec b, String field, List<Column> columns,
            List<String> declared, CodeSets codes) {
        if (b.column() == null || !COLUMN.matcher(b.column()).matches() || Breakdown.TOTAL.equals(b.column())) {
            throw new SpecException(field + ".column': required; a column name (lower-case letters, digits, '_'),"
                    + " not 'all'");
        }
        String name = b.column();
        Column canonical = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        boolean multi = Boolean.TRUE.equals(b.multiValued());
        if (canonical == null) {
            if (DerivedColumn.of(d, name).isPresent()) {
                throw new SpecException(field + ".column': " + name + " is computed, not read; it cannot be a"
                        + " breakdown");
            }
            ColumnType type = b.values().isEmpty() ? ColumnType.STRING : multi ? ColumnType.CODES : ColumnType.CODE;
            columns.add(new Column(name, type, false, b.values(),
                    "declared breakdown" + (b.label() == null ? "" : ": " + b.label())));
            declared.add(name);
        } else {
            boolean text = canonical.type() == ColumnType.STRING || canonical.type() == ColumnType.CODE
                    || canonical.type() == ColumnType.CODES;
            if (!text) {
                throw new SpecException(field + ".column': " + name + " is a " + canonical.type().name()
                        .toLowerCase(java.util.Locale.ROOT) + " column of " + d.id()
                        + "; a breakdown reads a code or text column");
            }
            for (String v : b.values()) {
                if (!canonical.codes().isEmpty() && !canonical.codes().contains(v)) {
                    throw new SpecException(field + ".values': '" + v + "' is not a code of " + name + "; codes: "
                            + String.join(", ", canonical.codes()));
                }
            }
            multi = multi || canonical.type() == ColumnType.CODES;
            if (!b.values().isEmpty() && canonical.codes().isEmpty()) {
                int at = columns.indexOf(canonical);
                columns.set(at, new Column(name, ColumnType.CODE, canonical.required(), b.values(),
                        canonical.meaning()));
            }
        }
        return new Breakdown(name, b.label(), b.values(), multi, Boolean.TRUE.equals(b.chart()));
    }

    private static void checkCodes(Map<String, Map<String, Map<String, Boolean>>> added, Location file) {
        added.forEach((column, byCode) -> {
            boolean codeColumn = java.util.Arrays.stream(Dataset.values())
                    .anyMatch(d -> d.column(column).map(c -> !c.codes().isEmpty()).orElse(false));
            if (!codeColumn) {
                throw new SpecException(file + ": field 'codes." + column + "': not a code column of any dataset;"
                        + " code columns: " + String.join(", ", CodeSets.canonical().codeColumns()));
            }
            byCode.keySet().forEach(code -> {
                if (!code.matches("[A-Z][A-Z0-9_]*")) {
                    throw new SpecException(file + ": field 'codes." + column + "." + code
                            + "': codes are upper-case letters, digits and '_'");
                }
            });
        });
    }

    private static void checkPlausibility(org.judicialmetrics.model.Plausibility bounds, Location file) {
        List<String> numbers = java.util.Arrays.stream(Dataset.values()).flatMap(d -> d.columns().stream())
                .filter(c -> c.type() == ColumnType.INT || c.type() == ColumnType.DECIMAL).map(Column::name)
                .distinct().toList();
        bounds.maximum().forEach((column, max) -> {
            if (!numbers.contains(column)) {
                throw new SpecException(file + ": field 'plausibility.maximum." + column + "': not a number column;"
                        + " number columns: " + String.join(", ", numbers));
            }
            if (max == null || max < 0) {
                throw new SpecException(file + ": field 'plausibility.maximum." + column + "': a number >= 0");
            }
        });
    }

    private static void checkDatasetKeys(Map<String, ?> byDataset, Location file, String field) {
        byDataset.keySet().forEach(k -> {
            if (Dataset.byId(k).isEmpty()) {
                throw new SpecException(file + ": field '" + field + "." + k + "': not a dataset; allowed: "
                        + String.join(", ", java.util.Arrays.stream(Dataset.values()).map(Dataset::id).toList()));
            }
        });
    }

    private static List<BreakdownSpec> names(String... columns) {
        return java.util.Arrays.stream(columns).map(BreakdownSpec::of).toList();
    }

    private static BreakdownSpec chart(String column, String... order) {
        return new BreakdownSpec(column, List.of(order), null, null, true);
    }

    /** The same model recording the profile file it was resolved from, for the manifest. */
    JobModel withProfileSource(ConfigFile source) {
        return new JobModel(profile, codes, schemas, breakdowns, metrics, source);
    }

    /** The profile file the model was resolved from, with its checksum; null for a model built in code. */
    public ConfigFile profileSource() {
        return profileSource;
    }

    /** The resolved profile (its eras, jurisdiction, labels and languages). */
    public Profile profile() {
        return profile;
    }

    public CodeSets codes() {
        return codes;
    }

    /** The dataset's columns in this job. */
    public DatasetSchema schema(Dataset dataset) {
        return schemas.get(dataset);
    }

    /** The dataset's breakdowns, {@link Breakdown#ALL} first. */
    public List<Breakdown> breakdowns(Dataset dataset) {
        return breakdowns.get(dataset);
    }

    public MetricRegistry metrics() {
        return metrics;
    }

    /**
     * The columns a count table may break its counts down by: {@code jurisdiction} and the breakdowns of
     * {@code defendant_outcomes} (the canonical datasets share those columns).
     */
    public List<String> countBreakdowns() {
        List<String> columns = new ArrayList<>(List.of("jurisdiction"));
        breakdowns(Dataset.DEFENDANT_OUTCOMES).stream().filter(b -> !b.total()).map(Breakdown::id)
                .filter(id -> !columns.contains(id)).forEach(columns::add);
        return List.copyOf(columns);
    }

    /** The profile's plausibility bounds, which validation quarantines against. */
    public org.judicialmetrics.model.Plausibility plausibility() {
        return profile.plausibility();
    }

    /** The jurisdiction of rows that do not give one (null: left empty). */
    public String jurisdiction() {
        return profile.jurisdiction();
    }
}
