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
    /** Placeholder dates of exports: "no date" written as a date far in the future. */
    private static final List<String> FAR_FUTURE = List.of("2200-01-01", "9999-12-31");
    /** Absurd amounts of money: 10^15 and its nines. */
    private static final List<String> ABSURD_MONEY = List.of("1000000000000000", "999999999999999.99");
    private static final Map<Dataset, Targets> TARGETS = Map.of(
            Dataset.DEFENDANT_OUTCOMES, new Targets("filed_date", "concluded_date", "outcome",
                    List.of("ACQUITED", "CONVICT", "GUILTY"),
                    List.of("region", "offense_category", "court_level", "defendant_ref"), "detention_days",
                    "detention_days"),
            Dataset.EXCLUSION_MOTIONS, new Targets("filed_date", "decided_date", "decision",
                    List.of("GRANT", "ALLOWED", "REJECTED"),
                    List.of("region", "stage", "applicant", "evidence_type"), "items_excluded", "items_excluded"),
            Dataset.CONVICTION_REVIEWS, new Targets("original_conviction_date", "review_concluded_date", "result",
                    List.of("OVERTURNED", "acquitted", "QUASHED"),
                    List.of("region", "review_type", "original_case_id", "defendant_ref"), null,
                    "compensation_amount"));

    private final boolean enabled;
    private final SplittableRandom random;
    private final LocalDate end;
    private final Map<Dataset, Map<FaultKind, Integer>> counts = new EnumMap<>(Dataset.class);

    /**
     * Which columns a dataset's faults go to.
     *
     * @param opening the earlier of the ordered date pair
     * @param closing the later of the ordered date pair (may be empty, then faults use {@code opening})
     * @param codeColumn the canonical code column that gets unknown, lower-case or spaced codes
     * @param unknownCodes codes that are neither canonical nor a canonical code in another case or spacing
     * @param countColumn the integer column that can go negative; null if none
     * @param amountColumn the number column that gets an absurd value (an integer count, or money)
     */
    private record Targets(String opening, String closing, String codeColumn, List<String> unknownCodes,
                           List<String> requiredColumns, String countColumn, String amountColumn) {
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
        if (kind == FaultKind.MALFORMED_RECORD) {
            // at least the id and one more field, at most all but two: visibly short of the header
            return List.of(row.cutAfter(2 + random.nextInt(row.values().size() - 3)));
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
        kinds.addAll(List.of(FaultKind.IMPLAUSIBLY_EARLY_DATE, FaultKind.FAR_FUTURE_DATE, FaultKind.ABSURD_AMOUNT,
                FaultKind.LOWER_CASE_CODE, FaultKind.SPACED_CODE, FaultKind.MALFORMED_RECORD));
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
            case IMPLAUSIBLY_EARLY_DATE -> {
                String first = row.isEmpty(targets.opening()) ? targets.closing() : targets.opening();
                row.set(first, implausiblyEarly(LocalDate.parse(row.get(first))));
            }
            case FAR_FUTURE_DATE -> row.set(lastDate, FAR_FUTURE.get(random.nextInt(FAR_FUTURE.size())));
            case ABSURD_AMOUNT -> row.set(targets.amountColumn(), targets.amountColumn().equals("compensation_amount")
                    ? ABSURD_MONEY.get(random.nextInt(ABSURD_MONEY.size()))
                    : Integer.toString(10_000 + random.nextInt(90_000)));
            case LOWER_CASE_CODE -> row.set(targets.codeColumn(), lowerCase(row.get(targets.codeColumn())));
            case SPACED_CODE -> row.set(targets.codeColumn(), spaced(row.get(targets.codeColumn())));
            case DUPLICATE_ROW, MALFORMED_RECORD ->
                    throw new IllegalStateException(kind + " is written, not spoiled in place");
        }
    }

    /** A placeholder 1900-01-01, a day in early 1900 (a spreadsheet's day zero), or the same day a century early. */
    private LocalDate implausiblyEarly(LocalDate date) {
        return switch (random.nextInt(3)) {
            case 0 -> LocalDate.of(1900, 1, 1);
            case 1 -> LocalDate.of(1900, 1, 1).plusDays(1 + random.nextInt(30));
            default -> date.minusYears(100);
        };
    }

    /** {@code convicted} or {@code Convicted}. */
    private String lowerCase(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return random.nextBoolean() ? lower : code.charAt(0) + lower.substring(1);
    }

    /** Underscores as spaces ({@code NOT CRIMINALLY LIABLE}), else a space inside ({@code CON VICTED}); maybe one after. */
    private String spaced(String code) {
        int at = 1 + random.nextInt(code.length() - 1);
        String inner = code.contains("_") ? code.replace('_', ' ') : code.substring(0, at) + " " + code.substring(at);
        return random.nextBoolean() ? inner + " " : inner;
    }

    private String unparseable(LocalDate date) {
        return random.nextBoolean() ? date.getYear() + "-13-45" : date.format(DAY_MONTH_YEAR);
    }
}
