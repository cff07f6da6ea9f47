package org.judicialmetrics.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.Storage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.metrics.MetricTable;
import org.judicialmetrics.spark.Sessions;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.publish.Checksums;
import org.judicialmetrics.publish.Manifest;
import org.judicialmetrics.publish.OutputFiles;
import org.judicialmetrics.publish.Provenance;
import org.judicialmetrics.report.ReportRenderer;
import org.judicialmetrics.report.published.PublishedFiguresReport;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.SpecException;

/**
 * The run of a job of kind {@code published-figures}: a count table of about a hundred published figures, read on the
 * driver, a report, and the report's yearly series written to the job's Parquet metric table (the one use of Spark),
 * with the same lock, staging, revisions, manifest and publishing as a periodic run. The period is the latest year of
 * the table (or {@code --period}); figures of later years are left out.
 */
final class PublishedFiguresRun {

    private final Location project;
    private final SourceMappingLoader mappings;

    PublishedFiguresRun(Location project, SourceMappingLoader mappings) {
        this.project = project;
        this.mappings = mappings;
    }

    RunOutcome run(JobSpec spec, Location specFile, RunRequest request, StageClock clock) {
        try {
            return publish(spec, specFile, request, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunOutcome publish(JobSpec spec, Location specFile, RunRequest request, StageClock clock) throws IOException {
        if (spec.model().profile().published().report() == null) {
            throw new SpecException(specFile + ": profile '" + spec.profile() + "' has no 'published.report' (the"
                    + " measures, denominators and texts of a published-figures report)");
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(ZoneOffset.UTC);
        Location figuresFile = request.data() != null ? Location.of(request.data()) : project.resolve(spec.figures());
        if (!figuresFile.isFile()) {
            throw new InputException(figuresFile + ": count table not found (field 'figures' of " + specFile
                    + ", or --data)");
        }
        clock.start("inputs");
        CountTable all = new CountTable(PublishedFiguresReader.read(figuresFile,
                mappings.optional(spec.figuresMapping())));
        Period period = request.period() == null
                ? Period.parse(Integer.toString(all.latestYear()))
                : JobRun.period(spec, request.period(), asOf);
        int to = period.start().getYear();
        CountTable table = all.upTo(to);
        int from = table.figures().stream().filter(PublishedFigure::yearly).mapToInt(PublishedFigure::startYear)
                .min().orElseThrow(() -> new InputException(figuresFile + ": no yearly figure up to " + to));

        OutputLayout layout = OutputLayout.of(request.out(), request.restricted(), spec.id());
        Storage.requireReachable(layout.root(), "output root", JobRun.STORE_TIMEOUT);
        Storage.requireReachable(layout.restricted(), "restricted root", JobRun.STORE_TIMEOUT);
        String runId = JobRun.runId(spec, period);
        Optional<RunWorkspace> workspace = RunWorkspace.open(layout, runId, spec.title());
        if (workspace.isEmpty()) {
            return JobRun.locked(spec, layout);
        }
        java.nio.file.Path local = JobRun.localFolder(runId);
        try (RunWorkspace work = workspace.get()) {
            clock.start("report");
            java.nio.file.Path stagedPeriod = local.resolve("period");
            PublishedFiguresReport report = new PublishedFiguresReport(spec, table, figuresFile.name(), from, to,
                    asOf, Instant.now(), runId);
            ReportRenderer.renderEditions(report.editions(), stagedPeriod);

            clock.start("metrics");
            SparkSession spark = Sessions.forRun("judicial-metrics " + spec.id() + " " + period.label(),
                    request.master());
            MetricTable computed = new MetricTable(report.metricRows());
            MetricPublication metrics = MetricPublication.publish(spark, computed,
                    computed.partitionsToWrite(period, true), false, work, JobSpec.Disclosure.UNSUPPRESSED,
                    spec.model().metrics(), spec.title());

            clock.start("publish");
            List<String> outputs = new ArrayList<>(metrics.outputs());
            outputs.addAll(JobRun.reportFiles(stagedPeriod));
            outputs.add("manifest.json");
            clock.stop();
            List<Manifest.OutputFile> outputFiles = OutputFiles.staged(work.published(), runId, period.label(),
                    stagedPeriod, JobRun.reportFiles(stagedPeriod));
            JobRun.writeManifest(stagedPeriod, manifest(runId, spec, specFile, period, asOf, figuresFile, all,
                    table, clock, outputs, spark.version(), metrics.rowsByPeriodType()).withOutputFiles(outputFiles));
            work.period().copyFromLocal(stagedPeriod);
            List<String> replaced = work.publish(period.label(), spec.title());
            List<String> summary = new ArrayList<>(List.of(
                    String.format(Locale.ROOT, "job %s (published figures), %d-%d, count table %s", spec.id(), from,
                            to, figuresFile),
                    String.format(Locale.ROOT, "  %,d figures read, %,d up to %d, %d measures", all.figures().size(),
                            table.figures().size(), to, table.countsByMeasure().size()),
                    "published: " + work.published().periodDir(period.label()) + " (report, tables, charts, manifest)"));
            summary.addAll(work.finishedPublications());
            summary.addAll(metrics.summary(layout.metricsDir(), replaced.size()));
            return new RunOutcome(ExitCode.PUBLISHED, summary);
        } finally {
            JobRun.deleteLocal(local);
        }
    }

    private Manifest manifest(String runId, JobSpec spec, Location specFile, Period period, LocalDate asOf,
                                     Location figuresFile, CountTable all, CountTable used, StageClock clock,
                                     List<String> outputs, String sparkVersion, Map<String, Long> metricRows)
            throws IOException {
        Provenance.SpecFile specInfo = Provenance.SpecFile.read(specFile);
        long rows = all.figures().size();
        Manifest.FileInfo file = new Manifest.FileInfo(figuresFile.toString(), "csv", figuresFile.size(),
                Checksums.sha256(figuresFile), rows, List.of());
        return new Manifest(runId, spec.id(), "published", specInfo.path(), specInfo.sha256(), specInfo.content(), new Manifest.PeriodInfo(period.type().label(), period.label(), period.start(),
                        period.end()), asOf, Instant.now(), figuresFile.parent().toString(),
                List.of(new Manifest.InputInfo("outcome_counts", List.of(file), rows, rows, 0, Map.of())),
                Provenance.software(sparkVersion), clock.timings(), List.of(), metricRows, outputs, null,
                used.countsByMeasure(), null, RunConfiguration.files(spec, mappings, null));
    }
}
