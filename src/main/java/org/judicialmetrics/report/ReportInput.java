package org.judicialmetrics.report;

import org.judicialmetrics.report.disclosure.TableDisclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spec.JobSpec;

/**
 * Everything one periodic report is made from; the renderer reads nothing else, so the same input always gives the
 * same report (apart from {@code generatedAt}).
 *
 * @param rows        the metric rows of every period up to and including {@code period} (the whole history, for
 *                    trends since the baseline), with era and era-change rows
 * @param provisional true when the period's figures may still be revised
 * @param published   official national figures to reconcile this data's totals with; null for none
 * @param disclosure  what the run's public outputs withhold; null: decided from {@code rows} alone
 */
public record ReportInput(
        JobSpec spec,
        Period period,
        LocalDate asOf,
        Instant generatedAt,
        String runId,
        List<MetricRow> rows,
        DataQuality quality,
        List<DataSource> sources,
        boolean provisional,
        MetricGlossary glossary,
        CountTable published,
        TableDisclosure disclosure) {

    public ReportInput {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(glossary, "glossary");
        if (!period.type().calendar()) {
            throw new IllegalArgumentException("a report covers a year, quarter or month, not " + period.label());
        }
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }

    /** An input whose disclosure decision is made from its rows alone. */
    public ReportInput(JobSpec spec, Period period, LocalDate asOf, Instant generatedAt, String runId,
                       List<MetricRow> rows, DataQuality quality, List<DataSource> sources, boolean provisional,
                       MetricGlossary glossary, CountTable published) {
        this(spec, period, asOf, generatedAt, runId, rows, quality, sources, provisional, glossary, published, null);
    }

    /** An input without published figures to reconcile with. */
    public ReportInput(JobSpec spec, Period period, LocalDate asOf, Instant generatedAt, String runId,
                       List<MetricRow> rows, DataQuality quality, List<DataSource> sources, boolean provisional,
                       MetricGlossary glossary) {
        this(spec, period, asOf, generatedAt, runId, rows, quality, sources, provisional, glossary, null, null);
    }
}
