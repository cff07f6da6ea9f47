package org.judicialmetrics.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Dataset;

/**
 * Spoils a small, seeded share of rows with one {@link FaultKind} each (dirty mode) and counts what it did, so tests
 * and {@code GENERATED.json} can tell exactly which faults the files hold.
 */
final class FaultInjector {

    /** Share of rows that get a fault: about 0.5% of every dataset. */
    static final double FAULT_RATE = 0.005;

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final Map<Dataset, Targets> TARGETS = Map.of(
            Dataset.DEFENDANT_OUTCOMES, new Targets("filed_date", "concluded_date", "outcome",
                    List.of("ACQUITED", "convicted", "GUILTY"),
                    List.of("region", "offense_category", "court_level", "defendant_ref"), "detention_days"),
            Dataset.EXCLUSION_MOTIONS, new Targets("filed_date", "decided_date", "decision",
                    List.of("GRANT", "granted", "REJECTED"),
                    List.of("region", "stage", "applicant", "evidence_type"), "items_excluded"),
            Dataset.CONVICTION_REVIEWS, new Targets("original_conviction_date", "review_concluded_date", "result",
                    List.of("OVERTURNED", "acquitted", "QUASHED"),
                    List.of("region", "review_type", "original_case_id", "defendant_ref"), null));

    private final boolean enabled;
    private final SplittableRandom random;
    private final LocalDate end;
    private final Map<Dataset, Map<FaultKind, Integer>> counts = new EnumMap<>(Dataset.class);

    /**
     * Which columns a dataset's faults go to.
     *
     * @param opening the earlier of the ordered date pair
     * @param closing the later of the ordered date pair (may be empty, then faults use {@code opening})
     * @param countColumn the integer column that can go negative; null if none
     */
    private record Targets(String opening, String closing, String codeColumn, List<String> unknownCodes,
                           List<String> requiredColumns, String countColumn) {
    }

    private FaultInjector(boolean enabled, SplittableRandom random, LocalDate end) {
        this.enabled = enabled;
        this.random = random;
        this.end = end;
    }

    /** An injector that spoils rows (with its own random stream, so clean content stays the same). */
    static FaultInjector dirty(SplittableRandom random, LocalDate end) {
        return new FaultInjector(true, random, end);
    }

    /** An injector that leaves every row alone. */
    static FaultInjector clean() {
        return new FaultInjector(false, null, null);
    }

    boolean enabled() {
        return enabled;
    }

    /** The rows to write for {@code row}: usually itself, possibly spoiled, or twice for a duplicate. */
    List<CsvRow> apply(CsvRow row) {
        if (!enabled || random.nextDouble() >= FAULT_RATE) {
            return List.of(row);
        }
        Targets targets = TARGETS.get(row.dataset());
        List<FaultKind> applicable = applicable(row, targets);
        FaultKind kind = applicable.get(random.nextInt(applicable.size()));
        counts.computeIfAbsent(row.dataset(), d -> new EnumMap<>(FaultKind.class)).merge(kind, 1, Integer::sum);
        if (kind == FaultKind.DUPLICATE_ROW) {
            return List.of(row, row.copy());
        }
        spoil(row, targets, kind);
        return List.of(row);
    }

    /** Faults injected so far, per dataset id and fault kind (sorted, for stable output). */
    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> sorted = new TreeMap<>();
        for (Dataset dataset : Dataset.values()) {
            Map<String, Integer> byKind = new TreeMap<>();
            counts.getOrDefault(dataset, Map.of()).forEach((kind, n) -> byKind.put(kind.name(), n));
            sorted.put(dataset.id(), byKind);
        }
        return sorted;
    }

    private static List<FaultKind> applicable(CsvRow row, Targets targets) {
        List<FaultKind> kinds = new ArrayList<>(List.of(FaultKind.UNPARSEABLE_DATE, FaultKind.FUTURE_DATE,
                FaultKind.UNKNOWN_CODE, FaultKind.MISSING_REQUIRED, FaultKind.DUPLICATE_ROW));
        if (!row.isEmpty(targets.closing())) {
            kinds.add(FaultKind.CONCLUDED_BEFORE_FILED);
        }
        if (targets.countColumn() != null) {
            kinds.add(FaultKind.NEGATIVE_COUNT);
        }
        if (row.dataset() == Dataset.DEFENDANT_OUTCOMES && !row.get("outcome").equals(Outcome.ACQUITTED.name())) {
            kinds.add(FaultKind.BASIS_WITHOUT_ACQUITTAL);
        }
        return kinds;
    }

    private void spoil(CsvRow row, Targets targets, FaultKind kind) {
        String lastDate = row.isEmpty(targets.closing()) ? targets.opening() : targets.closing();
        switch (kind) {
            case UNPARSEABLE_DATE -> row.set(lastDate, unparseable(LocalDate.parse(row.get(lastDate))));
            // a mistyped year 20-50 years on: in the future for any --as-of a run will use, not only for one just
            // after the generated span
            case FUTURE_DATE -> row.set(lastDate, end.plusDays(365L * 20 + random.nextInt(365 * 30)));
            case CONCLUDED_BEFORE_FILED -> row.set(targets.closing(),
                    LocalDate.parse(row.get(targets.opening())).minusDays(1 + random.nextInt(30)));
            case UNKNOWN_CODE -> row.set(targets.codeColumn(),
                    targets.unknownCodes().get(random.nextInt(targets.unknownCodes().size())));
            case MISSING_REQUIRED -> row.set(
                    targets.requiredColumns().get(random.nextInt(targets.requiredColumns().size())), "");
            case NEGATIVE_COUNT -> row.set(targets.countColumn(), -1 - random.nextInt(30));
            case BASIS_WITHOUT_ACQUITTAL -> row.set("acquittal_basis", "INSUFFICIENT_EVIDENCE");
            case DUPLICATE_ROW -> throw new IllegalStateException("duplicates are written, not spoiled");
        }
    }

    private String unparseable(LocalDate date) {
        return random.nextBoolean() ? date.getYear() + "-13-45" : date.format(DAY_MONTH_YEAR);
    }
}
