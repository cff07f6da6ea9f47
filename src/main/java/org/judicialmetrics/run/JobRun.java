package org.judicialmetrics.run;

import org.judicialmetrics.validate.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.apache.spark.sql.Row;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.CountTableFile;
import org.judicialmetrics.counts.OutcomeCounts;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.metrics.AcceptedData;
import org.judicialmetrics.metrics.Headline;
import org.judicialmetrics.metrics.MetricTable;
import org.judicialmetrics.report.DataQuality;
import org.judicialmetrics.report.DataSource;
import org.judicialmetrics.report.RegistryGlossary;
import org.judicialmetrics.report.ReportInput;
import org.judicialmetrics.report.ReportRenderer;
import org.judicialmetrics.ingest.DatasetSource;
import org.judicialmetrics.ingest.FileColumns;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.SourceFile;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.publish.Checksums;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.publish.Manifest;
import org.judicialmetrics.publish.OutputFiles;
import org.judicialmetrics.publish.Provenance;
import org.judicialmetrics.spark.Sessions;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.JobSpecLoader;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.util.Json;
import org.judicialmetrics.validate.DatasetValidator;
import org.judicialmetrics.validate.ValidatedDataset;
import org.judicialmetrics.validate.ValidationCounts;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.Storage;
import org.judicialmetrics.storage.StorageException;

/**
 * One run of one job for one period, the pipeline end to end: spec -> inputs -> validate and quarantine -> quality
 * gate -> metrics -> report -> manifest -> publish. Everything is written to a staging folder first and renamed into
 * place only when every stage has succeeded.
 */
public final class JobRun {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobRun.class);


    /** How long a store may take to answer before the run says it is unreachable. */
    static final java.time.Duration STORE_TIMEOUT = java.time.Duration.ofSeconds(60);

    private final Location home;

    /**
     * @param home the project folder holding {@code jobs/} and the bundled sample ({@code judicialmetrics.home}, set
     *             by the launcher); null under spark-submit, where a job is given by path or URI and its profiles,
     *             mappings and relative data paths are found beside it
     */
    public JobRun(Location home) {
        this.home = home;
    }

    public JobRun(Path projectDir) {
        this(Location.local(projectDir));
    }

    public RunOutcome execute(RunRequest request) {
        try {
            if (request.verify()) {
                return verify(request);
            }
            return request.list() || request.backfillFrom() != null ? schedule(request) : run(request);
        } catch (Exception e) { // Spark's SparkException is checked, yet thrown from Scala without a declaration
            return classified(e, request).orElseThrow(() -> unchecked(e));
        } catch (OutOfMemoryError | org.apache.hadoop.fs.FSError e) { // a heap or a local disk that ran out
            return classified(e, request).orElseThrow(() -> e);
        }
    }

    /**
     * The one classification of what stopped a run, for its exit code, its message and its journal line: 2 with our
     * message for an invalid spec or bad input (wherever in Spark it surfaced) or a heap below Spark's minimum, 1 with
     * our message for a known fault (storage, memory, a lost executor, a failed task); empty for a failure we do not
     * know, which is thrown as it is.
     */
    static Optional<RunOutcome> classified(Throwable e, RunRequest request) {
        if (e instanceof SpecException || e instanceof InputException) {
            return Optional.of(new RunOutcome(ExitCode.INVALID, List.of("error: " + e.getMessage())));
        }
        Optional<String> input = e instanceof Exception ex ? badInput(ex).or(() -> RunFailures.heapTooSmall(ex))
                : Optional.empty();
        if (input.isPresent()) {
            return Optional.of(new RunOutcome(ExitCode.INVALID, List.of("error: " + input.get())));
        }
        Optional<String> fault = RunFailures.describe(e, request);
        if (fault.isEmpty() && e instanceof StorageException) {
            fault = Optional.of(e.getMessage());
        }
        return fault.map(f -> new RunOutcome(ExitCode.FAILURE, List.of("error: " + f)));
    }

    /** Our message for a failure that bad input caused, wherever in Spark it surfaced; empty for other failures. */
    private static Optional<String> badInput(Exception e) {
        Optional<InputException> input = inputCause(e);
        if (input.isPresent()) {
            return Optional.of(input.get().getMessage());
        }
        return unreadableFile(e).map(file -> file + ": cannot be read: its content is damaged or not in the format"
                + " its name says; expected a complete file; nothing was published");
    }

    /** Rethrows a checked exception that Scala code threw undeclared, unchanged. */
    @SuppressWarnings("unchecked")
    static <E extends Exception> RuntimeException unchecked(Exception e) throws E {
        throw (E) e;
    }

    /** The file Spark failed to read (its error condition FAILED_READ_FILE), as a plain path. */
    private static Optional<String> unreadableFile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.spark.SparkThrowable st && st.getCondition() != null
                    && st.getCondition().startsWith("FAILED_READ_FILE")) {
                String path = st.getMessageParameters().get("path");
                if (path != null) {
                    return Optional.of(org.judicialmetrics.ingest.SourceReader.plainPath(path));
                }
            }
        }
        return Optional.empty();
    }

    /** An input error raised on an executor arrives wrapped in Spark's job failure. */
    private static Optional<InputException> inputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException ie) {
                return Optional.of(ie);
            }
        }
        return Optional.empty();
    }

    /** The job's spec file: a name in {@code <home>/jobs}, or a path or URI (the only way without a home). */
    private Location specFile(String job) {
        if (home == null) {
            Location given = Location.of(job);
            if (!given.isFile()) {
                throw new SpecException("job '" + job + "' not found: no file " + given + " (without the project"
                        + " folder, as under spark-submit, give the job spec as a path or URI)");
            }
            return given;
        }
        return new JobSpecLoader(home.resolve("jobs")).resolve(job);
    }

    /** The folder a spec's relative paths ({@code data}, {@code figures}) mean: the project, or the spec's folder's parent. */
    private Location project(Location specFile) {
        return home != null ? home : specFile.parent().parent();
    }

    /** Mappings beside the spec ({@code <spec folder>/sources/}), else the project's ({@code jobs/sources/}). */
    private SourceMappingLoader mappings(Location specFile) {
        Location beside = specFile.parent().resolve("sources");
        return home == null || beside.isDirectory() ? SourceMappingLoader.ofJobs(specFile.parent())
                : SourceMappingLoader.ofJobs(home.resolve("jobs"));
    }

    /**
     * {@code --list} and {@code --backfill-from}: the state of every period from the first asked for (or the first
     * published) up to the latest complete one, and, for a backfill, a run of each that is missing, provisional or
     * stale, in order, stopping at the first that does not publish (its exit code is the backfill's).
     */
    private RunOutcome schedule(RunRequest request) {
        Location specFile = specFile(request.job());
        JobSpec spec = JobSpecLoader.read(specFile);
        if (spec.publishedFigures()) {
            throw new SpecException("job " + spec.id() + " is a published-figures report of one table: run it without"
                    + " --list or --backfill-from");
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(ZoneOffset.UTC);
        Period last = period(spec, request.period(), asOf);
        OutputLayout layout = OutputLayout.of(request.out(), request.restricted(), spec.id());
        Storage.requireReachable(layout.root(), "output root", STORE_TIMEOUT);
        Period first = request.backfillFrom() != null ? period(spec, request.backfillFrom(), asOf)
                : layout.published().periods().keySet().stream().map(Period::parse)
                        .filter(p -> p.type() == spec.granularity()).min(java.util.Comparator.comparing(Period::start))
                        .orElse(last);
        if (first.start().isAfter(last.start())) {
            throw new SpecException("--backfill-from " + first.label() + " is after the last period to run, "
                    + last.label());
        }
        Location dataDir = request.data() != null ? Location.of(request.data()) : project(specFile).resolve(spec.data());
        List<PeriodState> states = PeriodState.of(spec, layout.published(), last.since(first.start()),
                inputDigests(mappings(specFile), spec, dataDir));
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "job %s, periods %s to %s, archive %s", spec.id(), first.label(),
                last.label(), layout.jobDir()));
        if (request.list()) {
            states.forEach(st -> summary.add("  " + st.line()));
            return new RunOutcome(ExitCode.PUBLISHED, summary);
        }
        List<PeriodState> due = states.stream().filter(PeriodState::needsRun).toList();
        if (due.isEmpty()) {
            summary.add("nothing to do: every period is published and final from the inputs as they are");
            return new RunOutcome(ExitCode.PUBLISHED, summary);
        }
        for (PeriodState st : due) {
            summary.add("== " + st.period().label() + " (" + st.status().name().toLowerCase(Locale.ROOT) + ": "
                    + st.detail() + ")");
            RunOutcome one = run(request.forPeriod(st.period().label()));
            summary.addAll(one.summary());
            if (one.exitCode() != ExitCode.PUBLISHED) {
                summary.add("backfill stopped at " + st.period().label() + "; later periods were not run");
                return new RunOutcome(one.exitCode(), summary);
            }
        }
        summary.add("backfill done: " + due.size() + " period" + (due.size() == 1 ? "" : "s") + " published");
        return new RunOutcome(ExitCode.PUBLISHED, summary);
    }

    /**
     * {@code --verify}: re-checks the period asked for, or every published period, against its manifest (inputs and
     * outputs by SHA-256), one line each; no Spark. Exit 0 when all match, 3 when a file differs, is missing or was
     * added, 2 when nothing is published or a manifest cannot be read.
     */
    private RunOutcome verify(RunRequest request) {
        Location specFile = specFile(request.job());
        JobSpec spec = JobSpecLoader.read(specFile);
        OutputLayout layout = OutputLayout.of(request.out(), request.restricted(), spec.id());
        Storage.requireReachable(layout.root(), "output root", STORE_TIMEOUT);
        JobArchive archive = layout.published();
        Map<String, Location> published = ManifestVerifier.publishedPeriods(archive);
        if (request.period() != null) {
            String label = period(spec, request.period(), LocalDate.now(ZoneOffset.UTC)).label();
            Location dir = published.get(label);
            if (dir == null) {
                return new RunOutcome(ExitCode.INVALID, List.of("error: period " + label + " of job " + spec.id()
                        + " is not published in " + layout.jobDir() + "; nothing to verify"));
            }
            published = Map.of(label, dir);
        }
        if (published.isEmpty()) {
            return new RunOutcome(ExitCode.INVALID, List.of("error: job " + spec.id() + " has no published period in "
                    + layout.jobDir() + "; nothing to verify"));
        }
        ManifestVerifier verifier = new ManifestVerifier(archive, request.data() == null ? null
                : Location.of(request.data()));
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "job %s, archive %s, %d published period%s checked against %s manifest%s",
                spec.id(), layout.jobDir(), published.size(), published.size() == 1 ? "" : "s",
                published.size() == 1 ? "its" : "their", published.size() == 1 ? "" : "s"));
        boolean failed = false;
        boolean unreadable = false;
        for (Map.Entry<String, Location> p : published.entrySet()) {
            PeriodVerification v = verifier.verify(p.getKey(), p.getValue());
            summary.add("  " + v.line());
            failed |= v.failed();
            unreadable |= v.unreadable() != null;
        }
        int code = failed ? ExitCode.VERIFY_FAILED : unreadable ? ExitCode.INVALID : ExitCode.PUBLISHED;
        return new RunOutcome(code, summary);
    }

    /** Every input file of a periodic job now, with its SHA-256: what a published period's manifest is compared to. */
    private static Map<String, String> inputDigests(SourceMappingLoader mappings, JobSpec spec, Location dataDir) {
        Map<String, String> digests = new java.util.TreeMap<>();
        if (!dataDir.exists()) {
            return digests;
        }
        RunSources sources = RunSources.find(mappings, spec, dataDir);
        List<Location> files = new ArrayList<>();
        sources.caseLevel().values().forEach(s -> s.files().forEach(f -> files.add(f.path())));
        sources.countTable().ifPresent(t -> files.addAll(t.readByFile().keySet()));
        for (Location f : files) {
            try {
                digests.put(f.toString(), Checksums.sha256(f));
            } catch (IOException e) {
                throw new StorageException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return digests;
    }

    private RunOutcome run(RunRequest request) {
        StageClock clock = new StageClock();
        clock.start("spec");
        Location specFile = specFile(request.job());
        JobSpec spec = JobSpecLoader.read(specFile);
        Location project = project(specFile);
        if (spec.publishedFigures()) {
            return new PublishedFiguresRun(project, mappings(specFile)).run(spec, specFile, request, clock);
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(ZoneOffset.UTC);
        Period period = period(spec, request.period(), asOf);
        Location dataDir = request.data() != null ? Location.of(request.data()) : project.resolve(spec.data());
        OutputLayout layout = OutputLayout.of(request.out(), request.restricted(), spec.id());
        if (layout.root().isWithin(dataDir)) {
            throw new SpecException("--out " + layout.root() + " lies inside the data root " + dataDir
                    + "; give an output folder outside the inputs");
        }
        Storage.requireReachable(layout.root(), "output root", STORE_TIMEOUT);
        Storage.requireReachable(layout.restricted(), "restricted root", STORE_TIMEOUT);
        Storage.requireReachable(dataDir, "data root", STORE_TIMEOUT);
        String runId = runId(spec, period);

        Optional<RunWorkspace> workspace = RunWorkspace.open(layout, runId, spec.title());
        if (workspace.isEmpty()) {
            return locked(spec, layout);
        }
        java.nio.file.Path local = localFolder(runId);
        RunWorkspace work = workspace.get();
        RunJournal journal = new RunJournal(layout, period.label(), runId);
        long[] rowsRead = {0};
        RunLog runLog = RunLog.start(local.resolve("run.log"), runId);
        LOG.info("run {} of job {}, period {}, as of {}: data {}, output {}, restricted {}", runId, spec.id(),
                period.label(), asOf, dataDir, layout.root(), layout.restricted());
        clock.lines().forEach(LOG::info);
        try (work) {
            if (request.data() == null && !dataDir.exists() && spec.sample() != null && dataDir.isLocal()) {
                clock.start("generate sample");
                generateSample(spec.sample(), dataDir.toLocalPath(), asOf);
            }
            clock.start("inputs");
            CountTable nationalFigures = spec.figures() == null ? null
                    : new CountTable(PublishedFiguresReader.read(project.resolve(spec.figures()),
                            mappings(specFile).optional(spec.figuresMapping())));
            RunSources found = RunSources.find(mappings(specFile), spec, dataDir);
            Map<Dataset, DatasetSource> sources = new EnumMap<>(found.caseLevel());
            SparkSession spark = Sessions.forRun("judicial-metrics " + spec.id() + " " + period.label(), request.master());
            Map<Dataset, List<FileColumns>> columns = new EnumMap<>(Dataset.class);
            sources.forEach((d, s) -> columns.put(d, s.files().stream().map(f -> FileColumns.check(spark, s, f)).toList()));

            clock.start("validate");
            SourceReader reader = new SourceReader(spark, spec.model().profile().zone());
            DatasetValidator validator = new DatasetValidator(asOf, spec.model().codes(), spec.model().jurisdiction(),
                    spec.model().plausibility());
            Map<Dataset, ValidatedDataset> validated = new EnumMap<>(Dataset.class);
            for (DatasetSource source : sources.values()) {
                validated.put(source.dataset(), validator.validate(source.schema(), reader.read(source)));
            }
            Map<Dataset, ValidationCounts> counts = new EnumMap<>(Dataset.class);
            validated.forEach((d, v) -> counts.put(d, v.counts()));
            rowsRead[0] = counts.values().stream().mapToLong(ValidationCounts::read).sum();
            clock.rows(rowsRead[0]);
            Optional<OutcomeCounts.Table> outcomeCounts = found.readCounts(spark, spec, sources, columns,
                    counts);

            java.nio.file.Path stagedPeriod = local.resolve("period");
            clock.start("quarantine");
            for (ValidatedDataset v : validated.values()) {
                if (v.counts().quarantined() > 0) {
                    v.quarantine().coalesce(1).write().mode(SaveMode.ErrorIfExists)
                            .parquet(work.quarantine().resolve(v.dataset().id()).uri());
                }
            }

            clock.start("gate");
            List<CheckResult> checks = new ArrayList<>(QualityGate.evaluate(spec.qualityGate(), counts, period));
            outcomeCounts.ifPresent(t -> checks.addAll(t.checks()));
            List<String> summary = new ArrayList<>(summary(spec, period, dataDir, counts, outcomeCounts));
            summary.addAll(work.finishedPublications());
            if (QualityGate.onlyNotArrived(checks)) {
                // late data, not bad data: nothing to inspect, so nothing is kept (a scheduler retries, maybe often)
                checks.stream().filter(c -> !c.passed())
                        .forEach(c -> summary.add("data not arrived: " + c.name() + ": " + c.detail()));
                summary.add("nothing published; run again when the data reach " + period.label());
                work.discard();
                return journal.record(new RunOutcome(ExitCode.NOT_ARRIVED, summary), rowsRead[0], null);
            }
            if (!QualityGate.passed(checks)) {
                clock.stop();
                writeManifest(stagedPeriod, manifest(runId, spec, specFile, period, asOf, dataDir, sources, columns,
                        counts, checks, clock, "gate_failed", spark, Map.of(), List.of(), journal.file()));
                checks.stream().filter(c -> !c.passed())
                        .forEach(c -> summary.add("quality gate failed: " + c.name() + ": " + c.detail()));
                summary.forEach(LOG::warn);
                runLog.copyTo(stagedPeriod.resolve("run.log"));
                work.period().copyFromLocal(stagedPeriod);
                Location failed = work.keepFailed();
                summary.add("nothing published; this run's manifest, log and quarantine are in " + failed);
                return journal.record(new RunOutcome(ExitCode.GATE_FAILED, summary), rowsRead[0], null);
            }

            clock.start("metrics");
            Map<Dataset, org.apache.spark.sql.Dataset<Row>> frames = new EnumMap<>(Dataset.class);
            validated.forEach((d, v) -> frames.put(d, v.accepted()));
            outcomeCounts.ifPresent(t -> frames.putAll(t.frames()));
            AcceptedData accepted = outcomeCounts.map(t -> new AcceptedData(frames, t.coverage()))
                    .orElseGet(() -> new AcceptedData(frames));
            MetricPublication metrics = MetricPublication.write(spark, spec, period, runId, asOf, accepted, work,
                    request.backfill());
            MetricTable table = metrics.table();

            clock.start("report");
            ReportInput input = new ReportInput(spec, period, asOf, Instant.now(), runId, table.rows(),
                    dataQuality(counts, checks), dataSources(sources, counts, outcomeCounts),
                    spec.provisional(period, asOf),
                    new RegistryGlossary(spec.model().metrics()), nationalFigures, metrics.disclosure());
            ReportRenderer.renderInto(input, stagedPeriod);

            clock.stop(); // the manifest goes out with the outputs, so its timings end before the renames
            List<String> outputs = new ArrayList<>(metrics.outputs());
            outputs.addAll(reportFiles(stagedPeriod));
            List<Manifest.OutputFile> outputFiles = OutputFiles.staged(work.published(), runId, period.label(),
                    stagedPeriod, reportFiles(stagedPeriod));
            writeManifest(stagedPeriod, manifest(runId, spec, specFile, period, asOf, dataDir, sources, columns, counts,
                    checks, clock, "published", spark, metrics.rowsByPeriodType(), outputs, journal.file())
                    .withOutputFiles(outputFiles));
            // as the public sees it: the headline goes to the public root's journal and log
            String headline = Headline.of(new MetricTable(metrics.disclosure().publicRows(table.rows())), period,
                    spec.model().metrics()).summary();
            summary.forEach(LOG::info);
            LOG.info(headline);
            runLog.copyTo(stagedPeriod.resolve("run.log"));
            clock.start("publish");
            work.period().copyFromLocal(stagedPeriod);
            List<String> replaced = work.publish(period.label(), spec.title());
            clock.stop(); // the progress line of the publish stage (the manifest's timings ended before it)
            summary.add(headline);
            summary.add("published: " + work.published().periodDir(period.label()) + " (report, tables, charts, manifest)");
            summary.addAll(metrics.summary(layout.metricsDir(), replaced.size()));
            return journal.record(new RunOutcome(ExitCode.PUBLISHED, summary), rowsRead[0], headline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) { // SparkException included: it is checked, yet thrown undeclared
            keepFailure(work, journal, runLog, e, rowsRead[0], request);
            throw unchecked(e);
        } finally {
            runLog.close(); // after the failure's stack trace: it belongs in the run's log
            deleteLocal(local);
        }
    }

    /**
     * A run stopped by an exception: its log, with the stack trace, goes to its failed-run folder in the restricted
     * root, and the journal records the exit code Main will give (2 for bad input, else 1). Best effort: the original
     * failure is what the caller sees.
     */
    private static void keepFailure(RunWorkspace work, RunJournal journal, RunLog runLog, Exception e,
                                    long rowsRead, RunRequest request) {
        try {
            Optional<RunOutcome> known = classified(e, request);
            int code = known.map(RunOutcome::exitCode).orElse(ExitCode.FAILURE);
            String message = known.map(o -> o.summary().get(0)).orElse("error: the run failed unexpectedly ("
                    + e.getClass().getSimpleName() + "); the stack trace is in the run's log");
            Location log = work.restricted().failedRuns().resolve(work.runId()).resolve("run.log");
            LOG.error(message, e);
            runLog.copyTo(log);
            work.discard();
            journal.record(new RunOutcome(code, List.of(message + " (log: " + log + ")")), rowsRead, null);
        } catch (RuntimeException ignored) {
            e.addSuppressed(ignored);
        }
    }

    /** A local folder where the run renders its report before copying it to the store. */
    static java.nio.file.Path localFolder(String runId) {
        try {
            return Files.createTempDirectory("judicial-metrics-" + runId);
        } catch (IOException e) {
            throw new StorageException("cannot create a local work folder in " + System.getProperty("java.io.tmpdir")
                    + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the run's local rendering folder. */
    static void deleteLocal(java.nio.file.Path local) {
        Location.local(local).delete();
    }

    /** The outcome of a run that found another run of the same job holding its lock. */
    static RunOutcome locked(JobSpec spec, OutputLayout layout) {
        return new RunOutcome(ExitCode.LOCKED, List.of("error: another run of job " + spec.id() + ", "
                + JobLock.describe(layout.jobDir()) + ", holds " + layout.jobDir().resolve(".lock")
                + "; try again when it has finished"));
    }

    private static DataQuality dataQuality(Map<Dataset, ValidationCounts> counts, List<CheckResult> checks) {
        List<DataQuality.DatasetQuality> datasets = new ArrayList<>();
        counts.forEach((d, c) -> datasets.add(new DataQuality.DatasetQuality(d.id(), c.read(), c.accepted(),
                c.sortedReasons())));
        return new DataQuality(datasets, checks);
    }

    private static List<DataSource> dataSources(Map<Dataset, DatasetSource> sources,
                                                Map<Dataset, ValidationCounts> counts,
                                                Optional<OutcomeCounts.Table> countTable) {
        List<DataSource> out = new ArrayList<>();
        sources.forEach((d, s) -> {
            boolean counted = fromCounts(countTable, d);
            out.add(new DataSource(d.id() + (counted ? " (count table)" : "")
                    + (s.mapped() ? " (mapping " + s.mapping().id() + ")" : ""),
                    s.files().stream().map(f -> new DataSource.SourceFile(f.path().name(),
                            counts.get(d).readByFile().getOrDefault(f.path().toString(), 0L))).toList(), counted));
        });
        return out;
    }

    /** Whether the run's rows of a dataset come from its count table. */
    private static boolean fromCounts(Optional<OutcomeCounts.Table> countTable, Dataset dataset) {
        return countTable.map(t -> t.frames().containsKey(dataset)).orElse(false);
    }

    /** The files a staged report folder holds, relative to it, sorted. */
    static List<String> reportFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.endsWith(".crc") && !p.contains("_SUCCESS")).sorted().toList();
        }
    }

    /** A fresh clone has no data: the default job generates its deterministic synthetic sample first. */
    private static void generateSample(JobSpec.SampleSpec sample, Path dataDir, LocalDate asOf) throws IOException {
        GeneratorSettings settings = GeneratorSettings.fromSpec(sample, asOf);
        System.out.printf(Locale.ROOT, "no data in %s: generating the synthetic sample (%,d defendants, seed %d, %d-%d)%n",
                dataDir, settings.defendants(), settings.seed(), settings.fromYear(), settings.toYear());
        Path partial = dataDir.resolveSibling("." + dataDir.getFileName() + ".partial");
        Location.local(partial).delete();
        new SyntheticGenerator(settings).generate(partial);
        Files.move(partial, dataDir);
    }

    /** The run's period: the one asked for, checked against the spec's granularity, or the latest complete one. */
    static Period period(JobSpec spec, String label, LocalDate asOf) {
        if (label == null) {
            return Period.latestComplete(spec.granularity(), asOf);
        }
        Period p;
        try {
            p = Period.parse(label);
        } catch (IllegalArgumentException e) {
            throw new SpecException("--period: " + e.getMessage());
        }
        if (p.type() != spec.granularity()) {
            throw new SpecException("--period " + label + " is a " + p.type().label() + " but job " + spec.id()
                    + " runs by " + spec.granularity().label() + " (e.g. " + Period.latestComplete(spec.granularity(), asOf).label() + ")");
        }
        return p;
    }

    static String runId(JobSpec spec, Period period) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).format(Instant.now().atOffset(ZoneOffset.UTC));
        return spec.id() + "_" + period.label() + "_" + stamp + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Manifest manifest(String runId, JobSpec spec, Location specFile, Period period, LocalDate asOf, Location dataDir,
                              Map<Dataset, DatasetSource> sources, Map<Dataset, List<FileColumns>> columns,
                              Map<Dataset, ValidationCounts> counts, List<CheckResult> checks, StageClock clock,
                              String status, SparkSession spark, Map<String, Long> metricRows, List<String> outputs,
                              Location runsLog)
            throws IOException {
        Provenance.SpecFile specInfo = Provenance.SpecFile.read(specFile);
        List<Manifest.InputInfo> inputs = new ArrayList<>();
        for (Map.Entry<Dataset, DatasetSource> e : sources.entrySet()) {
            List<Manifest.FileInfo> files = new ArrayList<>();
            for (FileColumns fc : columns.get(e.getKey())) {
                SourceFile f = fc.file();
                files.add(new Manifest.FileInfo(f.path().toString(), f.format().name().toLowerCase(Locale.ROOT),
                        f.path().size(), Checksums.sha256(f.path()),
                        counts.get(e.getKey()).readByFile().getOrDefault(f.path().toString(), 0L), fc.extra()));
            }
            ValidationCounts c = counts.get(e.getKey());
            inputs.add(new Manifest.InputInfo(e.getKey().id(), files, c.read(), c.accepted(), c.quarantined(),
                    c.sortedReasons()));
        }
        return new Manifest(runId, spec.id(), status, specInfo.path(), specInfo.sha256(), specInfo.content(),
                new Manifest.PeriodInfo(period.type().label(), period.label(), period.start(), period.end()), asOf,
                Instant.now(), dataDir.toString(), inputs, Provenance.software(spark.version()), clock.timings(), checks, metricRows, outputs, runsLog.toString(), null, null,
                RunConfiguration.files(spec, mappings(specFile),
                        spec.figures() == null ? null : project(specFile).resolve(spec.figures())));
    }

    static void writeManifest(Path dir, Manifest manifest) throws IOException {
        Files.createDirectories(dir);
        Json.mapper().writeValue(dir.resolve("manifest.json").toFile(), manifest);
    }

    private static List<String> summary(JobSpec spec, Period period, Location dataDir, Map<Dataset, ValidationCounts> counts,
                                        Optional<OutcomeCounts.Table> countTable) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "job %s, period %s (%s to %s), data %s", spec.id(), period.label(),
                period.start(), period.end(), dataDir));
        for (Dataset d : Dataset.values()) {
            ValidationCounts c = counts.get(d);
            if (c == null) {
                lines.add(String.format(Locale.ROOT, "  %-20s not found", d.id()));
            } else if (fromCounts(countTable, d)) {
                lines.add(String.format(Locale.ROOT, "  %-20s %,12d rows of the count table", d.id(),
                        countTable.get().rows().get(d)));
            } else {
                lines.add(String.format(Locale.ROOT, "  %-20s %,12d read %,12d accepted %,9d quarantined", d.id(),
                        c.read(), c.accepted(), c.quarantined()));
                c.sortedReasons().forEach((reason, n) -> lines.add(String.format(Locale.ROOT, "      %-26s %,9d",
                        reason, n)));
            }
        }
        countTable.ifPresent(t -> {
            CountTableFile file = t.source();
            lines.add(String.format(Locale.ROOT, "  count table %s%s: %,d rows read, %,d kept", file.file().name(),
                    file.mapping().map(m -> " (mapping " + m.id() + ")").orElse(""), file.rowsRead(),
                    file.records().size()));
            file.dropped().forEach((reason, n) -> lines.add(String.format(Locale.ROOT,
                    "      dropped by the mapping %,9d: %s", n, reason)));
        });
        return lines;
    }
}
