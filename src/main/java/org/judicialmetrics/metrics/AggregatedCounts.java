package org.judicialmetrics.metrics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * The collected result of one dataset's aggregation pass: per period and breakdown value, the aggregates of its
 * measures. Small (periods x breakdown values), so the rates, intervals and flags are derived from it on the driver.
 *
 * @param cells    aggregate values by column name, per cell; a missing cell means no row counted there
 * @param earliest the earliest period date among the counted rows; null when none
 */
record AggregatedCounts(Map<CellKey, Map<String, Object>> cells, LocalDate earliest) {

    AggregatedCounts {
        cells = Map.copyOf(cells);
    }

    Optional<Map<String, Object>> cell(CellKey key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Every breakdown value seen in any period, per breakdown, sorted. */
    Map<String, Set<String>> breakdownValues() {
        Map<String, Set<String>> values = new HashMap<>();
        cells.keySet().forEach(k -> values.computeIfAbsent(k.breakdown(), b -> new TreeSet<>()).add(k.breakdownValue()));
        return values;
    }

    /**
     * Adds the cumulative cells as running sums of the {@link PeriodKeys#CUMULATIVE_INCREMENT} cells over the calendar
     * periods, in order; valid because every measure of the dataset is additive.
     */
    AggregatedCounts withCumulative(List<Period> calendar) {
        Map<CellKey, Map<String, Object>> all = new HashMap<>(cells);
        Map<String, Set<String>> values = breakdownValues();
        values.forEach((breakdown, breakdownValues) -> breakdownValues.forEach(value -> {
            Map<String, Object> running = new LinkedHashMap<>();
            for (Period p : calendar) {
                CellKey increment = new CellKey(PeriodKeys.CUMULATIVE_INCREMENT, p.label(), breakdown, value);
                Optional.ofNullable(cells.get(increment)).ifPresent(c -> c.forEach((name, v) -> {
                    if (v != null) {
                        running.merge(name, v, AggregatedCounts::add);
                    }
                }));
                if (!running.isEmpty()) {
                    all.put(new CellKey(PeriodType.CUMULATIVE.label(), p.label(), breakdown, value),
                            new LinkedHashMap<>(running));
                }
            }
        }));
        return new AggregatedCounts(all, earliest);
    }

    private static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        return ((Number) a).doubleValue() + ((Number) b).doubleValue();
    }
}
