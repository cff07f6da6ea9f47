package org.judicialmetrics.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.util.Json;

/**
 * Where one period of a job stands in its public archive, from the manifest its run published: what a scheduler's
 * {@code --backfill-from} runs (everything but {@link Status#PUBLISHED}) and what {@code --list} prints.
 *
 * @param detail why, in a few words (the run, the as-of date, what changed)
 */
record PeriodState(Period period, Status status, String detail) {

    enum Status {
        /** Published and final, from the inputs as they are now. */
        PUBLISHED,
        /** Published, but within {@code provisional_days} of its end when it ran: late records may still change it. */
        PROVISIONAL,
        /** Published from inputs that have changed since. */
        STALE,
        /** Never published. */
        MISSING
    }

    boolean needsRun() {
        return status != Status.PUBLISHED;
    }

    /** The line {@code --list} prints. */
    String line() {
        return String.format(java.util.Locale.ROOT, "%-10s %-12s %s", period.label(),
                status.name().toLowerCase(java.util.Locale.ROOT), detail);
    }

    /**
     * The states of the periods, judged against the inputs as they are now.
     *
     * @param inputs every input file now, by path, with its SHA-256 (empty when the data root does not exist yet)
     */
    static List<PeriodState> of(JobSpec spec, JobArchive archive, List<Period> periods, Map<String, String> inputs) {
        Map<String, Location> published = archive.periods();
        List<PeriodState> states = new ArrayList<>();
        for (Period p : periods) {
            Location dir = published.get(p.label());
            states.add(dir == null ? new PeriodState(p, Status.MISSING, "not published")
                    : judge(spec, p, dir.resolve("manifest.json"), inputs));
        }
        return states;
    }

    private static PeriodState judge(JobSpec spec, Period p, Location manifest, Map<String, String> inputs) {
        JsonNode m;
        try {
            m = Json.mapper().readTree(manifest.readBytes());
        } catch (IOException | RuntimeException e) {
            return new PeriodState(p, Status.STALE, "its manifest cannot be read (" + manifest + ")");
        }
        String run = m.path("run_id").asText();
        LocalDate asOf = LocalDate.parse(m.path("as_of").asText());
        Map<String, String> used = new TreeMap<>();
        m.path("inputs").forEach(i -> i.path("files").forEach(f -> used.put(f.path("path").asText(),
                f.path("sha256").asText())));
        Optional<String> changed = changed(used, inputs);
        if (changed.isPresent()) {
            return new PeriodState(p, Status.STALE, "run " + run + "; " + changed.get());
        }
        if (spec.provisional(p, asOf)) {
            return new PeriodState(p, Status.PROVISIONAL, "run " + run + " as of " + asOf + "; final from "
                    + p.end().plusDays(spec.provisionalDays()));
        }
        return new PeriodState(p, Status.PUBLISHED, "run " + run + " as of " + asOf);
    }

    /** What differs between the inputs a run used and those there now, if anything. */
    private static Optional<String> changed(Map<String, String> used, Map<String, String> now) {
        for (Map.Entry<String, String> e : now.entrySet()) {
            String before = used.get(e.getKey());
            if (before == null) {
                return Optional.of("input added: " + e.getKey());
            }
            if (!before.equals(e.getValue())) {
                return Optional.of("input changed: " + e.getKey());
            }
        }
        return used.keySet().stream().filter(k -> !now.containsKey(k)).findFirst().map(k -> "input removed: " + k);
    }
}
