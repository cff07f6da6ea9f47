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
        cells.keySet().forEach(k -> values.computeIfAbsent(k.breakdown(), b -> new TreeSet<>())
                .add(k.breakdownValue()));
        return values;
    }

    /**
     * Completes the cumulative cells: additive measures as running sums of the
     * {@link PeriodKeys#CUMULATIVE_INCREMENT} cells over the calendar periods in order; non-additive ones (medians)
     * as Spark computed them for their cumulative keys.
     */
    AggregatedCounts withCumulative(List<Period> calendar, List<Measure> measures) {
        List<String> additive = measures.stream().filter(m -> m.aggregation().additive())
                .flatMap(m -> m.aggregateNames().stream()).toList();
        List<String> exact = measures.stream().filter(m -> !m.aggregation().additive())
                .flatMap(m -> m.aggregateNames().stream()).toList();
        Map<CellKey, Map<String, Object>> all = new HashMap<>(cells);
        breakdownValues().forEach((breakdown, breakdownValues) -> breakdownValues.forEach(value -> {
            Map<String, Object> running = new LinkedHashMap<>();
            for (Period p : calendar) {
                Map<String, Object> increment = cells.getOrDefault(
                        new CellKey(PeriodKeys.CUMULATIVE_INCREMENT, p.label(), breakdown, value), Map.of());
                additive.forEach(name -> Optional.ofNullable(increment.get(name))
                        .ifPresent(v -> running.merge(name, v, AggregatedCounts::add)));
                CellKey key = new CellKey(PeriodType.CUMULATIVE.label(), p.label(), breakdown, value);
                Map<String, Object> cumulative = new LinkedHashMap<>(running);
                Map<String, Object> computed = cells.getOrDefault(key, Map.of());
                exact.forEach(name -> cumulative.put(name, computed.get(name)));
                all.put(key, cumulative);
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
