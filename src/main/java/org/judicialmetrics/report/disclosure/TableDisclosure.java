package org.judicialmetrics.report.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.PeriodType;

/**
 * One disclosure decision for a whole metric table, so that the public Parquet and the report withhold the same
 * counts. A count is one measure (acquittals, adjudicated defendants) in one period and breakdown value, shared by
 * every metric made of it; a rate's hidden complement (defendants not acquitted) is a count too. Counts below the
 * threshold are withheld, then secondary suppression ({@link CellSuppression}) leaves no relation a reader can
 * difference with exactly one withheld count:
 * <ul>
 *   <li>a total and its breakdown: {@code all} is the sum of a breakdown's values (where the figures add up: a
 *       multi-valued breakdown's do not);</li>
 *   <li>a rate's denominator is its numerator plus the complement;</li>
 *   <li>across period types: a period is the sum of the years, quarters or months that cover it, and a period that
 *       extends another (cumulative 2024 of cumulative 2023, an era of a year) is it plus the periods between,
 *       wherever the figures add up.</li>
 * </ul>
 * Counts an earlier run published in partitions this run does not rewrite are fixed as published: where a fresh
 * decision would differ for them, they stay withheld where they were withheld and are never withheld now, and the
 * other counts are decided around them. An era comparison is withheld when either era's rate is.
 */
public final class TableDisclosure {

    private static final String COMPLEMENT = " minus ";
    private static final List<String> TILES =
            List.of(PeriodType.YEAR.label(), PeriodType.QUARTER.label(), PeriodType.MONTH.label());

    private final Map<String, Shape> shapes;
    private final Set<String> withheld;

    private TableDisclosure(Map<String, Shape> shapes, Set<String> withheld) {
        this.shapes = shapes;
        this.withheld = withheld;
    }

    /** The measures a metric's row carries, which make it a count in the decision. */
    private record Shape(MetricKind kind, String numerator, String denominator) {
    }

    /** One count: where it is and what it counts. */
    private record Count(String key, String series, String group, String periodType, LocalDate start, LocalDate end,
            long value) {
    }

    /**
     * Decides for every row of the table.
     *
     * @param rows      the whole metric table, as the run computed it
     * @param fixed     rows of partitions already published and not rewritten by this run
     * @param published those partitions' public rows, as published (a withheld figure is null there)
     */
    public static TableDisclosure decide(List<MetricRow> rows, MetricRegistry registry, int minCount,
            Predicate<MetricRow> fixed, List<MetricRow> published) {
        Map<String, Shape> shapes = new HashMap<>();
        for (MetricDefinition m : registry.all()) {
            shapes.put(m.id(), new Shape(m.kind(), m.numerator().name(),
                    m.denominator() == null ? null : m.denominator().name()));
        }
        Map<String, Count> counts = new LinkedHashMap<>();
        Set<String> fixedKeys = new HashSet<>();
        List<String[]> complements = new ArrayList<>();
        for (MetricRow r : rows) {
            Shape s = shapes.get(r.metricId());
            if (s == null || Breakdown.ERA_CHANGE.equals(r.breakdown())) {
                continue;
            }
            Map<String, Long> shown = countsOf(r, s);
            shown.forEach((measure, value) -> counts.putIfAbsent(key(r, measure), new Count(key(r, measure),
                    r.breakdown() + "|" + r.breakdownValue() + "|" + measure,
                    r.periodType() + "|" + r.periodLabel() + "|" + measure,
                    r.periodType(), r.periodStart(), r.periodEnd(), value)));
            String complement = s.denominator() + COMPLEMENT + s.numerator();
            if (shown.containsKey(complement)) {
                complements.add(new String[] {key(r, s.denominator()), key(r, s.numerator()), key(r, complement)});
            }
            if (fixed.test(r)) {
                shown.keySet().forEach(measure -> fixedKeys.add(key(r, measure)));
            }
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        List<Long> values = keys.stream().map(k -> counts.get(k).value()).toList();
        Relations relations = new Relations(values);
        complements.forEach(c -> relations.add(index.get(c[0]), List.of(index.get(c[1]), index.get(c[2]))));
        breakdownRelations(counts.values(), index, relations);
        timeRelations(counts.values(), index, relations);

        boolean[] fixedMask = new boolean[keys.size()];
        boolean[] forced = new boolean[keys.size()];
        Set<String> publishedCounts = publishedCounts(published, shapes);
        for (String k : fixedKeys) {
            int i = index.get(k);
            fixedMask[i] = true;
            forced[i] = !publishedCounts.contains(k); // withheld then, or never published at all
        }
        int[] cost = keys.stream().mapToInt(k -> cost(counts.get(k))).toArray();
        boolean[] none = new boolean[keys.size()];
        boolean[] out = CellSuppression.suppress(values, relations.list(), minCount, none, none, cost);
        if (!agrees(out, fixedMask, forced)) {
            // what was published differs from a fresh decision: keep it, and complete the rest around it
            out = CellSuppression.suppress(values, relations.list(), minCount, forced, fixedMask, cost);
        }
        Set<String> withheld = new HashSet<>();
        for (int i = 0; i < out.length; i++) {
            if (out[i]) {
                withheld.add(keys.get(i));
            }
        }
        return new TableDisclosure(shapes, withheld);
    }

    /**
     * What withholding a count costs a reader, so that secondary suppression gives up the cheaper first: a rate's
     * hidden complement (no table prints it) first, a total over every breakdown value (the national figure) last,
     * and a cumulative or era figure before a calendar period's.
     */
    private static int cost(Count c) {
        boolean total = c.series().startsWith(Breakdown.TOTAL + "|");
        int kind = c.series().contains(COMPLEMENT) ? 0 : PeriodType.fromLabel(c.periodType()).calendar() ? 2 : 1;
        return (total ? 10 : 0) + kind;
    }

    /** Whether a fresh decision withholds exactly what was published before: then a re-run gives the same table. */
    private static boolean agrees(boolean[] fresh, boolean[] fixed, boolean[] published) {
        for (int i = 0; i < fresh.length; i++) {
            if (fixed[i] && fresh[i] != published[i]) {
                return false;
            }
        }
        return true;
    }

    /** Nothing withheld: for figures that are public already (a published-figures job). */
    public static TableDisclosure none() {
        return new TableDisclosure(Map.of(), Set.of());
    }

    /** A decision for a table of which nothing was published before. */
    public static TableDisclosure decide(List<MetricRow> rows, MetricRegistry registry, int minCount) {
        return decide(rows, registry, minCount, r -> false, List.of());
    }

    /** Whether the row's own figure (a count, or a rate's numerator and so its value) is withheld. */
    public boolean numeratorWithheld(MetricRow r) {
        Shape s = shapes.get(r.metricId());
        if (s == null) {
            return false;
        }
        if (Breakdown.ERA_CHANGE.equals(r.breakdown())) {
            return eraChangeWithheld(r, s);
        }
        return withheld.contains(key(r, s.numerator()))
                || s.kind() == MetricKind.RATE && withheld.contains(key(r, s.denominator() + COMPLEMENT + s.numerator()));
    }

    /** Whether the row's denominator is withheld. */
    public boolean denominatorWithheld(MetricRow r) {
        Shape s = shapes.get(r.metricId());
        return s != null && s.denominator() != null && withheld.contains(key(r, s.denominator()));
    }

    /** Whether any figure of the row is withheld, so that its value is not published. */
    public boolean withheld(MetricRow r) {
        return numeratorWithheld(r) || denominatorWithheld(r);
    }

    /** The rows as the public may see them: a withheld row loses its value, interval and numerator, and flags c. */
    public List<MetricRow> publicRows(List<MetricRow> rows) {
        List<MetricRow> out = new ArrayList<>(rows.size());
        for (MetricRow r : rows) {
            out.add(withheld(r) ? withheldRow(r, denominatorWithheld(r)) : r);
        }
        return out;
    }

    /** How many counts the decision withholds, for the run summary and tests. */
    public int withheldCounts() {
        return withheld.size();
    }

    private boolean eraChangeWithheld(MetricRow r, Shape s) {
        for (String era : Breakdown.erasCompared(r.breakdownValue())) {
            String at = PeriodType.ERA.label() + "|" + era + "|" + Breakdown.TOTAL + "|" + Breakdown.TOTAL + "|";
            if (withheld.contains(at + s.numerator()) || s.denominator() != null && (withheld.contains(at + s.denominator())
                    || withheld.contains(at + s.denominator() + COMPLEMENT + s.numerator()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counts a row shows, by measure: its numerator, its denominator, and a rate's complement of the two; for a
     * sum or a median, the number of rows it is made of (a sum of one person's compensation is that person's).
     */
    private static Map<String, Long> countsOf(MetricRow r, Shape s) {
        Map<String, Long> shown = new LinkedHashMap<>();
        if (madeOfRows(s) && r.contributors() != null) {
            shown.put(s.numerator(), r.contributors());
        }
        if (r.numerator() != null) {
            shown.put(s.numerator(), r.numerator());
        }
        if (s.denominator() != null && r.denominator() != null) {
            shown.put(s.denominator(), r.denominator());
            if (s.kind() == MetricKind.RATE && r.numerator() != null) {
                shown.put(s.denominator() + COMPLEMENT + s.numerator(), r.denominator() - r.numerator());
            }
        }
        return shown;
    }

    private static String key(MetricRow r, String measure) {
        return r.periodType() + "|" + r.periodLabel() + "|" + r.breakdown() + "|" + r.breakdownValue() + "|" + measure;
    }

    private static boolean madeOfRows(Shape s) {
        return s.kind() == MetricKind.SUM || s.kind() == MetricKind.MEDIAN;
    }

    /**
     * The counts the public rows of fixed partitions show; a sum or median shows its rows' number unless it was
     * withheld (the public table does not carry that number).
     */
    private static Set<String> publishedCounts(List<MetricRow> published, Map<String, Shape> shapes) {
        Set<String> shown = new HashSet<>();
        for (MetricRow r : published) {
            Shape s = shapes.get(r.metricId());
            if (s != null && madeOfRows(s) && (r.flags() == null || !r.flags().contains("c"))) {
                shown.add(key(r, s.numerator()));
            }
            if (s != null && !Breakdown.ERA_CHANGE.equals(r.breakdown())) {
                countsOf(r, s).keySet().forEach(measure -> shown.add(key(r, measure)));
            }
        }
        return shown;
    }

    /** A total and the values of each breakdown, per period and measure, where they add up. */
    private static void breakdownRelations(Iterable<Count> counts, Map<String, Integer> index, Relations relations) {
        Map<String, Count> totals = new HashMap<>();
        Map<String, List<Count>> parts = new LinkedHashMap<>();
        for (Count c : counts) {
            String breakdown = c.series().substring(0, c.series().indexOf('|'));
            if (Breakdown.TOTAL.equals(breakdown)) {
                totals.put(c.group(), c);
            } else {
                parts.computeIfAbsent(c.group() + "|" + breakdown, k -> new ArrayList<>()).add(c);
            }
        }
        parts.forEach((group, members) -> {
            Count total = totals.get(group.substring(0, group.lastIndexOf('|')));
            if (total != null) {
                relations.addIfExact(index.get(total.key()), members.stream().map(m -> index.get(m.key())).toList());
            }
        });
    }

    /**
     * Within each series (breakdown value and measure): a period and the calendar periods of one type that cover
     * it, and a period and a shorter one with the same start or end plus the calendar periods that cover the rest.
     */
    private static void timeRelations(Iterable<Count> counts, Map<String, Integer> index, Relations relations) {
        Map<String, List<Count>> series = new LinkedHashMap<>();
        counts.forEach(c -> series.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c));
        for (List<Count> cells : series.values()) {
            Map<String, List<Count>> tiles = new HashMap<>();
            for (String type : TILES) {
                List<Count> of = cells.stream().filter(c -> c.periodType().equals(type))
                        .sorted(Comparator.comparing(Count::start)).toList();
                if (!of.isEmpty()) {
                    tiles.put(type, of);
                }
            }
            for (Count whole : cells) {
                for (List<Count> tile : tiles.values()) {
                    if (!tile.get(0).periodType().equals(whole.periodType())) {
                        cover(tile, whole.start(), whole.end()).ifPresent(parts ->
                                relations.addIfExact(index.get(whole.key()), keys(parts, index)));
                    }
                }
                for (Count part : cells) {
                    boolean prefix = part.start().equals(whole.start()) && part.end().isBefore(whole.end());
                    boolean suffix = part.end().equals(whole.end()) && part.start().isAfter(whole.start());
                    if (!prefix && !suffix) {
                        continue;
                    }
                    LocalDate from = prefix ? part.end().plusDays(1) : whole.start();
                    LocalDate to = prefix ? whole.end() : part.start().minusDays(1);
                    for (List<Count> tile : tiles.values()) {
                        cover(tile, from, to).ifPresent(rest -> {
                            List<Integer> members = new ArrayList<>(List.of(index.get(part.key())));
                            members.addAll(keys(rest, index));
                            relations.addIfExact(index.get(whole.key()), members);
                        });
                    }
                }
            }
        }
    }

    /** The contiguous calendar periods of one type that overlap {@code [from, to]} and cover it; else empty. */
    private static Optional<List<Count>> cover(List<Count> tile, LocalDate from, LocalDate to) {
        List<Count> over = new ArrayList<>();
        for (Count c : tile) {
            if (!c.end().isBefore(from) && !c.start().isAfter(to)) {
                if (!over.isEmpty() && !over.get(over.size() - 1).end().plusDays(1).equals(c.start())) {
                    return Optional.empty();
                }
                over.add(c);
            }
        }
        if (over.isEmpty() || over.get(0).start().isAfter(from) || over.get(over.size() - 1).end().isBefore(to)) {
            return Optional.empty();
        }
        return Optional.of(over);
    }

    private static List<Integer> keys(List<Count> counts, Map<String, Integer> index) {
        return counts.stream().map(c -> index.get(c.key())).toList();
    }

    /** The relations of the decision, each once, kept only where the figures add up as the relation says. */
    private static final class Relations {
        private final List<Long> values;
        private final List<SumConstraint> list = new ArrayList<>();
        private final Set<List<Integer>> seen = new HashSet<>();

        Relations(List<Long> values) {
            this.values = values;
        }

        void add(int total, List<Integer> parts) {
            List<Integer> id = new ArrayList<>(parts.stream().sorted().toList());
            id.add(0, total);
            if (!parts.contains(total) && seen.add(id)) {
                list.add(new SumConstraint(total, parts));
            }
        }

        void addIfExact(int total, List<Integer> parts) {
            long sum = 0;
            for (int p : parts) {
                sum += values.get(p);
            }
            if (sum == values.get(total)) {
                add(total, parts);
            }
        }

        List<SumConstraint> list() {
            return list;
        }
    }

    private static MetricRow withheldRow(MetricRow r, boolean denominatorToo) {
        String flags =
                r.flags() == null || r.flags().isEmpty() ? "c" : r.flags().contains("c") ? r.flags() : "c" + r.flags();
        return new MetricRow(r.jobId(), r.runId(), r.periodType(), r.periodLabel(), r.periodStart(), r.periodEnd(),
                r.breakdown(), r.breakdownValue(), r.metricId(), null, denominatorToo ? null : r.denominator(), null,
                null, null, flags, r.status(), r.definitionVersion());
    }
}
