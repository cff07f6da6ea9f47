package org.judicialmetrics.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock milliseconds per pipeline stage, in the order the stages ran, for the manifest. */
final class StageClock {
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long started = System.nanoTime();
    private String stage;

    void start(String name) {
        stop();
        stage = name;
        started = System.nanoTime();
    }

    void stop() {
        if (stage != null) {
            timings.merge(stage, (System.nanoTime() - started) / 1_000_000, Long::sum);
            stage = null;
        }
    }

    Map<String, Long> timings() {
        return new LinkedHashMap<>(timings);
    }
}
