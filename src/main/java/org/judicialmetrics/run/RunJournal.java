package org.judicialmetrics.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.util.Json;

/**
 * A run's records for the people and schedulers who look after the job: one JSON line per run in
 * {@code <out>/<job>/runs.jsonl} (job, period, run id, start, end, exit code, rows read, headline), and the run's
 * own log, {@code run.log}, beside its manifest (progress, summary, and the stack trace of a failure). The journal is
 * rewritten whole under the job's lock, since object stores cannot append.
 */
final class RunJournal {

    static final String FILE = "runs.jsonl";

    private final Location file;
    private final String jobId;
    private final String period;
    private final String runId;
    private final Instant started = Instant.now();

    RunJournal(OutputLayout layout, String period, String runId) {
        this.file = layout.jobDir().resolve(FILE);
        this.jobId = layout.jobId();
        this.period = period;
        this.runId = runId;
    }

    Location file() {
        return file;
    }

    /** Adds the run's line and hands the outcome back. */
    RunOutcome record(RunOutcome outcome, long rowsRead, String headline) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("job", jobId);
        line.put("period", period);
        line.put("run_id", runId);
        line.put("start", started.toString());
        line.put("end", Instant.now().toString());
        line.put("exit_code", outcome.exitCode());
        line.put("rows_read", rowsRead);
        line.put("headline", headline);
        line.put("summary", outcome.summary().isEmpty() ? "" : outcome.summary().get(outcome.summary().size() - 1));
        try {
            String text = Json.mapper().copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(line);
            String before = file.isFile() ? file.readString() : "";
            file.writeString(before + text + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return outcome;
    }

}
