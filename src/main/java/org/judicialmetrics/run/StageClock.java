package org.judicialmetrics.run;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock milliseconds per pipeline stage, in the order the stages ran, for the manifest; and, as each stage ends,
 * one progress line on stderr (stage, rows where known, seconds), so a long scheduled run shows where it is.
 */
final class StageClock {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageClock.class);
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final PrintStream progress;
    private long started = System.nanoTime();
    private String stage;
    private Long rows;
    private final java.util.List<String> lines = new java.util.ArrayList<>();

    StageClock(PrintStream progress) {
        this.progress = progress;
    }

    /** A clock that prints its progress on stderr. */
    StageClock() {
        this(System.err);
    }

    void start(String name) {
        stop();
        stage = name;
        rows = null;
        started = System.nanoTime();
    }

    /** The rows the current stage handled, for its progress line. */
    void rows(long n) {
        rows = n;
    }

    void stop() {
        if (stage != null) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            timings.merge(stage, ms, Long::sum);
            String line = String.format(Locale.ROOT, "judicial-metrics: %-16s %s%.1f s", stage,
                    rows == null ? "" : String.format(Locale.ROOT, "%,d rows, ", rows), ms / 1000.0);
            lines.add(line);
            LOG.info(line);
            if (progress != null) {
                progress.println(line);
            }
            stage = null;
        }
    }

    /** The progress lines so far, for the run's log. */
    java.util.List<String> lines() {
        return java.util.List.copyOf(lines);
    }

    Map<String, Long> timings() {
        return new LinkedHashMap<>(timings);
    }
}
