package org.judicialmetrics.run;

import java.util.List;

/** How a run ended: its exit code and the lines a scheduled run's log should show. */
public record RunOutcome(int exitCode, List<String> summary) {
}
