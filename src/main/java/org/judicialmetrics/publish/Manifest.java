package org.judicialmetrics.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.validate.CheckResult;

/**
 * What a run did, written as {@code manifest.json} beside its outputs (spec section 5): enough to know which inputs and
 * spec produced which figures, and how the data held up.
 *
 * @param runsLog          the job's journal of runs ({@code <out>/<job>/runs.jsonl}) this run added its line to
 * @param figuresByMeasure published figures read per measure, for runs on a count table; absent otherwise
 * @param outputFiles      every file the run published (report files and the public Parquet part files), by its path
 *                         relative to the job folder, with size and SHA-256: what {@code --verify} re-checks. The
 *                         manifest itself and {@code run.log}, written after it, are not among them; absent in
 *                         manifests written before it was recorded
 * @param configuration    the profile, source mappings and reference figures the run used, with checksums; absent in
 *                         manifests written before it was recorded
 */
public record Manifest(
        String runId,
        String jobId,
        String status,
        String jobSpecFile,
        String jobSpecSha256,
        JsonNode jobSpec,
        PeriodInfo period,
        LocalDate asOf,
        Instant generatedAt,
        String dataRoot,
        List<InputInfo> inputs,
        Map<String, String> software,
        Map<String, Long> timingsMs,
        List<CheckResult> checks,
        Map<String, Long> metricRowsByPeriodType,
        List<String> outputs,
        String runsLog,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> figuresByMeasure,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<OutputFile> outputFiles,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<org.judicialmetrics.spec.ConfigFile> configuration) {

    /** The same manifest recording the files the run publishes (its outputs, staged, before the manifest). */
    public Manifest withOutputFiles(List<OutputFile> files) {
        return new Manifest(runId, jobId, status, jobSpecFile, jobSpecSha256, jobSpec, period, asOf, generatedAt,
                dataRoot, inputs, software, timingsMs, checks, metricRowsByPeriodType, outputs, runsLog,
                figuresByMeasure, List.copyOf(files), configuration);
    }

    /** The period a run covered. */
    public record PeriodInfo(String type, String label, LocalDate start, LocalDate end) {
    }

    /** One dataset's files and counts. */
    public record InputInfo(String dataset, List<FileInfo> files, long rowsRead, long rowsAccepted,
                            long rowsQuarantined, Map<String, Long> quarantinedByReason) {
    }

    /** One input file with its checksum, rows read, and the columns it had that nothing used (ignored). */
    public record FileInfo(String path, String format, long bytes, String sha256, long rowsRead,
                           List<String> extraColumns) {
    }

    /** One published output file: its path relative to the job folder, as the archive publishes it. */
    public record OutputFile(String path, long bytes, String sha256) {
    }
}
