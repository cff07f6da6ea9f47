package org.judicialmetrics.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.dashboard.DashboardPage;
import org.judicialmetrics.dashboard.MetricDictionary;
import org.judicialmetrics.metrics.AcceptedData;
import org.judicialmetrics.metrics.MetricEngine;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.metrics.MetricTable;
import org.judicialmetrics.metrics.MetricTableWriter;
import org.judicialmetrics.metrics.Revisions;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.disclosure.TableDisclosure;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.storage.Location;

/**
 * The metrics stage of a periodic run: the metric table computed from the accepted data, the partitions the run
 * replaces (its own period's, the eras unless a later period is already published, every earlier one on a backfill,
 * and every one that either root lacks, as on a first run or after a public folder was lost), its rows marked
 * {@code r} where they revise what was published, and the Parquet written to staging: as they are to the restricted
 * root, disclosure-controlled to the public root.
 *
 * @param table          the whole table, revisions marked: what the report shows
 * @param partitions     the partitions written
 * @param laterPublished true when a later period was already published, so the eras were kept
 * @param disclosure     what the public outputs withhold, decided once for the Parquet and the report
 */
record MetricPublication(MetricTable table, Set<MetricPartition> partitions, boolean laterPublished,
                         TableDisclosure disclosure) {

    static MetricPublication write(SparkSession spark, JobSpec spec, Period period, String runId, LocalDate asOf,
                                   AcceptedData accepted, RunWorkspace work, boolean backfillAsked) {
        List<Map<MetricPartition, Location>> roots = List.of(work.restricted().partitions(),
                work.published().partitions());
        MetricTable computed = MetricEngine.compute(accepted, spec, period, runId, asOf);
        Set<MetricPartition> partitions = new LinkedHashSet<>(computed.partitionsToWrite(period, backfillAsked));
        // each root is judged by what it holds: a partition either lacks (a job's first run, so that a dashboard does
        // not start from a single period; a public folder lost or put back empty) is written again, to both
        computed.rows().stream().map(MetricPartition::of)
                .filter(p -> roots.stream().anyMatch(root -> !root.containsKey(p)))
                .forEach(partitions::add);
        boolean laterPublished = roots.stream().anyMatch(root -> MetricTableWriter.publishedLabels(root,
                period.type().label()).stream().map(Period::parse).anyMatch(p -> p.end().isAfter(period.end())));
        if (laterPublished) {
            // re-running an older period: the eras published by the later run reach further, so they stay
            partitions.removeIf(p -> p.periodType().equals(PeriodType.ERA.label()));
        }
        return publish(spark, computed, partitions, laterPublished, work, spec.disclosure(), spec.model().metrics(),
                spec.title());
    }

    /**
     * Marks the rows of the partitions that revise what was published and writes them to staging: as they are to the
     * restricted root, and to the public root with what the disclosure decision withholds (unless the job's
     * {@code disclosure.public_parquet} is false). The decision covers the whole table; the public partitions this
     * run does not replace count as published, as they are. Beside them it stages the metric dictionary and the
     * dashboard page of the public rows as they will be once published (those kept and those written).
     */
    static MetricPublication publish(SparkSession spark, MetricTable computed, Set<MetricPartition> partitions,
                                     boolean laterPublished, RunWorkspace work, JobSpec.Disclosure disclosure,
                                     MetricRegistry registry, String title) {
        MetricTable table = Revisions.mark(computed, MetricTableWriter.readPublished(spark,
                work.restricted().partitions(), partitions));
        MetricTableWriter.write(spark, table, work.restrictedMetrics(), partitions);
        Map<MetricPartition, Location> kept = new java.util.HashMap<>(work.published().partitions());
        partitions.forEach(kept::remove);
        List<MetricRow> keptRows = MetricTableWriter.readPublished(spark, kept, kept.keySet());
        TableDisclosure decision = decide(table, kept.keySet(), disclosure, registry, keptRows);
        MetricTable published = !disclosure.publicParquet() ? table : new MetricTable(decision.publicRows(table.rows()));
        MetricTableWriter.write(spark, published, work.metrics(), partitions);
        MetricDictionary.write(spark, registry, work.definitions());
        List<MetricRow> publicRows = new ArrayList<>(keptRows);
        published.rows().stream().filter(r -> partitions.contains(MetricPartition.of(r))).forEach(publicRows::add);
        DashboardPage.write(work.dashboard(), title, publicRows, MetricDictionary.of(registry));
        return new MetricPublication(table, Set.copyOf(partitions), laterPublished, decision);
    }

    /**
     * The decision for the whole table, fixing the counts of the public partitions kept as published: only those the
     * public root holds, so that a figure it lacks (never published, or lost) is decided afresh, never withheld for
     * want of a published row.
     */
    private static TableDisclosure decide(MetricTable table, Set<MetricPartition> kept,
                                          JobSpec.Disclosure disclosure, MetricRegistry registry,
                                          List<MetricRow> keptPublic) {
        if (disclosure.minCount() <= 0) {
            return TableDisclosure.none();
        }
        return TableDisclosure.decide(table.rows(), registry, disclosure.minCount(),
                r -> kept.contains(MetricPartition.of(r)), keptPublic);
    }

    /** The metric outputs as the manifest lists them: the partitions written, sorted, then the dictionary and page. */
    List<String> outputs() {
        List<String> outputs = new ArrayList<>(partitions.stream().map(p -> "metrics/" + p.path()).sorted().toList());
        // beside them, every run rewrites the job's metric dictionary and dashboard page
        outputs.add("definitions/");
        outputs.add(org.judicialmetrics.publish.JobArchive.DASHBOARD);
        return outputs;
    }

    /** Rows per period type, for the manifest. */
    Map<String, Long> rowsByPeriodType() {
        Map<String, Long> rows = new TreeMap<>();
        table.rows().forEach(r -> rows.merge(r.periodType(), 1L, Long::sum));
        return rows;
    }

    /** What the run summary says of the metric table once published. */
    List<String> summary(Location metricsDir, int replaced) {
        List<String> lines = new ArrayList<>();
        if (laterPublished) {
            lines.add("era rows kept as published by the run of a later period");
        }
        long revised = Revisions.count(table, partitions);
        lines.add("metric table: " + metricsDir + " (" + replaced + " partitions replaced"
                + (revised > 0 ? String.format(Locale.ROOT, "; %,d rows revised since first published [r]", revised)
                        : "") + ")");
        return lines;
    }
}
