package org.judicialmetrics.metrics;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * The computed long metric table of a run, small enough to hold on the driver, in a deterministic order: period type
 * (calendar, era, cumulative), period start, label, breakdown, breakdown value, metric id.
 */
public record MetricTable(List<MetricRow> rows) {

    /** The order of rows in the table and, within a partition, in its Parquet file. */
    public static final Comparator<MetricRow> ORDER = Comparator
            .comparing((MetricRow r) -> PeriodType.fromLabel(r.periodType()))
            .thenComparing(MetricRow::periodStart)
            .thenComparing(MetricRow::periodEnd)
            .thenComparing(MetricRow::periodLabel)
            .thenComparing(MetricRow::breakdown)
            .thenComparing(MetricRow::breakdownValue)
            .thenComparing(MetricRow::metricId);

    public MetricTable {
        rows = rows.stream().sorted(ORDER).toList();
    }

    /**
     * The partitions a run writes: by default the run period's own ({@code (granularity, P)} and
     * {@code (cumulative, P)}) and every era (eras are recomputed from all data up to P); with {@code backfill} every
     * partition of the table, i.e. every calendar and cumulative period up to P as well.
     */
    public Set<MetricPartition> partitionsToWrite(Period runPeriod, boolean backfill) {
        Set<MetricPartition> own = Set.of(MetricPartition.of(runPeriod),
                new MetricPartition(PeriodType.CUMULATIVE.label(), runPeriod.label()));
        Set<MetricPartition> partitions = new LinkedHashSet<>();
        for (MetricRow r : rows) {
            MetricPartition p = MetricPartition.of(r);
            if (backfill || own.contains(p) || p.periodType().equals(PeriodType.ERA.label())) {
                partitions.add(p);
            }
        }
        return partitions;
    }

    /** The rows of one period and breakdown value, e.g. the headline figures of the run period. */
    public List<MetricRow> rows(String periodType, String periodLabel, String breakdown, String breakdownValue) {
        return rows.stream().filter(r -> r.periodType().equals(periodType) && r.periodLabel().equals(periodLabel)
                && r.breakdown().equals(breakdown) && r.breakdownValue().equals(breakdownValue)).toList();
    }
}
