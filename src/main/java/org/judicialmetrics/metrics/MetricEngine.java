package org.judicialmetrics.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spec.JobSpec;

/**
 * Computes the whole metric table of a run from the accepted data: every metric of the job's {@link MetricRegistry},
 * for every period of the {@link PeriodPlan}, by {@code all} and every {@link Breakdown} of its dataset, plus the era
 * comparisons of the rates.
 *
 * <p>Spark actions: exactly one per present dataset (the collect of its aggregated table; at most three per run),
 * plus one for {@link MetricTableWriter#write}: four per run with all datasets ({@code MetricActionCountTest}). The
 * cross-dataset links ({@link CaseLinks}) and the exact medians are joins inside a dataset's query, not separate
 * actions. Everything after the collect is driver-side arithmetic on periods x breakdown values.
 */
public final class MetricEngine {
    private MetricEngine() {
    }

    /**
     * The metric table for the run period {@code runPeriod} (of the job's granularity), counting rows whose period
     * date is on or before its end; periods ending after {@code asOf} are provisional.
     */
    public static MetricTable compute(AcceptedData data, JobSpec spec, Period runPeriod, String runId,
            LocalDate asOf) {
        if (!runPeriod.type().calendar()) {
            throw new IllegalArgumentException("run period " + runPeriod.label() + " is not a calendar period");
        }
        PeriodKeys keys = new PeriodKeys(runPeriod.type(), spec.eras(), spec.baseline(), runPeriod);
        Map<Dataset, AggregatedCounts> counts = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            data.frame(dataset).ifPresent(frame -> counts.put(dataset, DatasetAggregation.aggregate(
                    spec.model().breakdowns(dataset), linked(dataset, frame, data),
                    availableMeasures(spec.model().metrics(), dataset, data), keys, runPeriod.end())));
        }
        LocalDate earliest = counts.values().stream().map(AggregatedCounts::earliest).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        PeriodPlan plan = PeriodPlan.of(runPeriod, spec.baseline(), spec.eras(), earliest);
        MetricRegistry registry = spec.model().metrics();
        counts.replaceAll((dataset, c) -> c.withCumulative(plan.calendar(), registry.measures(dataset)));
        MetricRowBuilder builder = new MetricRowBuilder(RunContext.of(spec, runId, asOf));
        List<MetricRow> rows = new ArrayList<>();
        for (MetricDefinition metric : registry.all()) {
            if (unusedOnly(metric, spec)) {
                rows.addAll(notApplicable(metric, plan, builder));
            } else if (metric.requiredDatasets().stream().allMatch(data::has)) {
                rows.addAll(available(metric, counts.get(metric.dataset()), plan, builder,
                        new SeriesCoverage(metric, plan, data.coverage()), spec.model().breakdowns(metric.dataset())));
            } else {
                rows.addAll(unavailable(metric, plan, builder));
            }
        }
        return new MetricTable(rows);
    }

    private static org.apache.spark.sql.Dataset<Row> linked(Dataset dataset, org.apache.spark.sql.Dataset<Row> frame,
            AcceptedData data) {
        if (dataset != Dataset.DEFENDANT_OUTCOMES) {
            return frame;
        }
        return data.frame(Dataset.EXCLUSION_MOTIONS).map(motions -> CaseLinks.attach(frame, motions)).orElse(frame);
    }

    private static List<Measure> availableMeasures(MetricRegistry registry, Dataset dataset, AcceptedData data) {
        return registry.measures(dataset).stream().filter(m -> m.links().stream().allMatch(data::has)).toList();
    }

    /**
     * The rows of a metric whose datasets are present: {@code x} in periods the input does not give in full (a count
     * table without the period's figures; a rate keeps its numerator when only that is given), {@code b} where the
     * rate's denominator changes basis.
     */
    private static List<MetricRow> available(MetricDefinition metric, AggregatedCounts counts, PeriodPlan plan,
            MetricRowBuilder builder, SeriesCoverage coverage, List<Breakdown> breakdowns) {
        Map<String, Set<String>> values = counts.breakdownValues();
        List<MetricRow> rows = new ArrayList<>();
        for (Period period : plan.all()) {
            boolean given = coverage.gives(period);
            boolean breaks = coverage.breaks(period);
            for (Breakdown b : breakdowns) {
                if (!coverage.breaksDown(b)) {
                    continue;
                }
                Set<String> breakdownValues = b.total() ? Set.of(Breakdown.TOTAL)
                        : values.getOrDefault(b.id(), Set.of());
                for (String value : breakdownValues) {
                    CellKey key = new CellKey(period.type().label(), period.label(), b.id(), value);
                    Map<String, Object> cell = counts.cell(key).orElse(Map.of());
                    if (given) {
                        rows.add(builder.row(metric, period, b.id(), value, cell, breaks));
                    } else if (metric.kind().divides() && coverage.givesNumerator(period)) {
                        rows.add(builder.withoutDenominator(metric, period, b.id(), value, cell));
                    } else {
                        rows.add(builder.unavailable(metric, period, b.id(), value));
                    }
                }
            }
        }
        if (metric.kind() == MetricKind.RATE) {
            for (int i = 1; i < plan.eras().size(); i++) {
                Period earlier = plan.eras().get(i - 1);
                Period later = plan.eras().get(i);
                rows.add(coverage.gives(earlier) && coverage.gives(later)
                        ? builder.eraChange(metric, later, totals(counts, later), earlier, totals(counts, earlier),
                                coverage.breaks(earlier, later))
                        : builder.eraChangeUnavailable(metric, later, earlier));
            }
        }
        return rows;
    }

    /** Whether the metric counts only codes the jurisdiction does not have (a figure that cannot exist there). */
    private static boolean unusedOnly(MetricDefinition metric, JobSpec spec) {
        Set<String> codes = metric.numerator().codes();
        Set<String> unused = spec.model().codes().group(metric.dataset().eventColumn(),
                org.judicialmetrics.model.CodeSets.UNUSED);
        return !codes.isEmpty() && unused.containsAll(codes);
    }

    /** The rows of such a metric: {@code z} (not applicable) in every period, by {@code all}. */
    private static List<MetricRow> notApplicable(MetricDefinition metric, PeriodPlan plan, MetricRowBuilder builder) {
        List<MetricRow> rows = new ArrayList<>();
        for (Period period : plan.all()) {
            rows.add(builder.notApplicable(metric, period, Breakdown.TOTAL, Breakdown.TOTAL));
        }
        return rows;
    }

    private static List<MetricRow> unavailable(MetricDefinition metric, PeriodPlan plan, MetricRowBuilder builder) {
        List<MetricRow> rows = new ArrayList<>();
        for (Period period : plan.all()) {
            rows.add(builder.unavailable(metric, period, Breakdown.TOTAL, Breakdown.TOTAL));
        }
        if (metric.kind() == MetricKind.RATE) {
            for (int i = 1; i < plan.eras().size(); i++) {
                rows.add(builder.eraChangeUnavailable(metric, plan.eras().get(i), plan.eras().get(i - 1)));
            }
        }
        return rows;
    }

    private static Map<String, Object> totals(AggregatedCounts counts, Period period) {
        return counts.cell(new CellKey(period.type().label(), period.label(), Breakdown.TOTAL, Breakdown.TOTAL))
                .orElse(Map.of());
    }
}
