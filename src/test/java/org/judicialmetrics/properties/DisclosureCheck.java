package org.judicialmetrics.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;

/**
 * An independent reader of a disclosure-controlled table: which counts the public rows reveal, and whether any of them
 * is below the threshold or can be recovered by differencing. The relations are this class's own (not the product's
 * lists): a total and the values of a single-valued breakdown; a rate's denominator = numerator + complement;
 * cumulative(P) = cumulative(P-1) + calendar(P), and the first cumulative period = the calendar periods that tile it.
 *
 * <p>A count is identified by period, breakdown value and what it counts (the registry's measure of the metric's
 * numerator or denominator), so a rate's numerator and the count metric of the same rows are one count. A public row
 * reveals its numerator when it shows the numerator, or a value or interval from which it follows with the shown
 * denominator; a rate row showing both reveals their difference as well.
 */
final class DisclosureCheck {

    /** One count of the table. */
    record Cell(String periodType, String periodLabel, LocalDate start, LocalDate end, String breakdown, String value,
            String measure) {
        String series() {
            return breakdown + "=" + value + " " + measure;
        }

        @Override
        public String toString() {
            return periodType + " " + periodLabel + " " + breakdown + "=" + value + " " + measure;
        }
    }

    private final Map<Cell, Long> truth = new LinkedHashMap<>();
    private final Set<Cell> revealed = new HashSet<>();
    private final List<List<Cell>> relations = new ArrayList<>();
    private final List<String> inconsistent = new ArrayList<>();

    /**
     * @param rows         the table as computed
     * @param publicRows   the same rows, in the same order, as published
     * @param singleValued the breakdowns whose values add up to {@code all}
     * @param calendarType the calendar period type of the table (the job's granularity)
     */
    DisclosureCheck(List<MetricRow> rows, List<MetricRow> publicRows, MetricRegistry registry,
            List<String> singleValued, String calendarType) {
        if (rows.size() != publicRows.size()) {
            throw new IllegalArgumentException("public rows: " + publicRows.size() + ", rows: " + rows.size());
        }
        List<Cell[]> complements = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MetricRow r = rows.get(i);
            MetricRow p = publicRows.get(i);
            MetricDefinition m = registry.byId(r.metricId()).orElseThrow();
            if (Breakdown.ERA_CHANGE.equals(r.breakdown()) || m.kind() == MetricKind.SUM
                    || m.kind() == MetricKind.MEDIAN) {
                continue;
            }
            Cell num = cell(r, m.numerator().name());
            Cell den = m.denominator() == null ? null : cell(r, m.denominator().name());
            put(num, r.numerator());
            if (den != null) {
                put(den, r.denominator());
            }
            boolean numShown = p.numerator() != null || (m.kind() == MetricKind.COUNT && p.value() != null)
                    || (p.denominator() != null && (p.value() != null || p.ciLow() != null || p.ciHigh() != null));
            boolean denShown = den != null && p.denominator() != null;
            if (numShown && r.numerator() != null) {
                revealed.add(num);
            }
            if (denShown && r.denominator() != null) {
                revealed.add(den);
            }
            // a rate whose numerator counts the same rows as its denominator (a declared rate may) has a complement of
            // 0 by definition: nothing to protect
            if (m.kind() == MetricKind.RATE && r.numerator() != null && r.denominator() != null && !num.equals(den)) {
                Cell complement = cell(r, m.denominator().name() + " not " + m.numerator().name());
                put(complement, r.denominator() - r.numerator());
                if (numShown && denShown) {
                    revealed.add(complement);
                }
                complements.add(new Cell[] {den, num, complement});
            }
        }
        complements.forEach(c -> relations.add(List.of(c[0], c[1], c[2])));
        breakdownRelations(singleValued);
        cumulativeRelations(calendarType);
    }

    private static Cell cell(MetricRow r, String measure) {
        return new Cell(r.periodType(), r.periodLabel(), r.periodStart(), r.periodEnd(), r.breakdown(),
                r.breakdownValue(), measure);
    }

    private void put(Cell c, Long value) {
        if (value == null) {
            return;
        }
        Long before = truth.putIfAbsent(c, value);
        if (before != null && !before.equals(value)) {
            inconsistent.add(c + ": " + before + " and " + value);
        }
    }

    /** all = sum of the values of each single-valued breakdown, per period and measure, where it holds. */
    private void breakdownRelations(List<String> singleValued) {
        Map<String, Cell> totals = new HashMap<>();
        Map<String, List<Cell>> parts = new LinkedHashMap<>();
        for (Cell c : truth.keySet()) {
            String group = c.periodType() + "|" + c.periodLabel() + "|" + c.measure();
            if (c.breakdown().equals(Breakdown.TOTAL)) {
                totals.put(group, c);
            } else if (singleValued.contains(c.breakdown())) {
                parts.computeIfAbsent(group + "|" + c.breakdown(), k -> new ArrayList<>()).add(c);
            }
        }
        parts.forEach((key, members) -> {
            Cell total = totals.get(key.substring(0, key.lastIndexOf('|')));
            if (total != null) {
                addIfExact(total, members);
            }
        });
    }

    /** Within each series: cumulative(P) = cumulative(P-1) + calendar(P); the first one = the periods tiling it. */
    private void cumulativeRelations(String calendarType) {
        Map<String, List<Cell>> cumulative = new LinkedHashMap<>();
        Map<String, Map<String, Cell>> calendar = new HashMap<>();
        for (Cell c : truth.keySet()) {
            if (c.periodType().equals("cumulative")) {
                cumulative.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c);
            } else if (c.periodType().equals(calendarType)) {
                calendar.computeIfAbsent(c.series(), k -> new HashMap<>()).put(c.periodLabel(), c);
            }
        }
        cumulative.forEach((series, cells) -> {
            Map<String, Cell> periods = calendar.getOrDefault(series, Map.of());
            List<Cell> ordered = cells.stream().sorted(Comparator.comparing(Cell::end)).toList();
            Cell first = ordered.get(0);
            List<Cell> tiles = periods.values().stream().filter(p -> !p.start().isBefore(first.start())
                    && !p.end().isAfter(first.end())).sorted(Comparator.comparing(Cell::start)).toList();
            boolean tiled = !tiles.isEmpty() && tiles.get(0).start().equals(first.start())
                    && tiles.get(tiles.size() - 1).end().equals(first.end());
            for (int i = 1; tiled && i < tiles.size(); i++) {
                tiled = tiles.get(i - 1).end().plusDays(1).equals(tiles.get(i).start());
            }
            if (tiled) {
                addIfExact(first, tiles);
            }
            for (int i = 1; i < ordered.size(); i++) {
                Cell now = ordered.get(i);
                Cell year = periods.get(now.periodLabel());
                if (year != null && year.start().equals(ordered.get(i - 1).end().plusDays(1))) {
                    addIfExact(now, List.of(ordered.get(i - 1), year));
                }
            }
        });
    }

    private void addIfExact(Cell total, List<Cell> parts) {
        long sum = parts.stream().mapToLong(truth::get).sum();
        if (sum == truth.get(total)) {
            List<Cell> relation = new ArrayList<>(List.of(total));
            relation.addAll(parts);
            relations.add(relation);
        }
    }

    /** Revealed counts below {@code minCount}. */
    List<String> smallCountsRevealed(int minCount) {
        return revealed.stream().filter(c -> truth.get(c) < minCount).map(c -> c + " = " + truth.get(c) + " shown")
                .sorted().collect(Collectors.toList());
    }

    /** Relations with exactly one count withheld: that count is their difference. */
    List<String> recoverable() {
        List<String> out = new ArrayList<>();
        for (List<Cell> relation : relations) {
            List<Cell> hidden = relation.stream().filter(c -> !revealed.contains(c)).toList();
            if (hidden.size() == 1) {
                out.add(hidden.get(0) + " = " + truth.get(hidden.get(0)) + " follows from " + relation.get(0)
                        + " = sum of " + relation.subList(1, relation.size()));
            }
        }
        return out;
    }

    /** Counts that two rows give different figures for (one count, two values: the table contradicts itself). */
    List<String> inconsistent() {
        return inconsistent;
    }

    int relations() {
        return relations.size();
    }

    int withheld() {
        return truth.size() - revealed.size();
    }
}
