package org.judicialmetrics.publish;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named point in publishing where a test can make the JVM die as SIGKILL would (no shutdown hook, no finally), to
 * prove that a run killed exactly there leaves what the next run can finish. Off unless the system property
 * {@code judicialmetrics.killAt} is {@code NAME:N} (die the N-th time NAME is reached).
 */
public final class KillPoint {

    /** The exit status of a process killed by SIGKILL. */
    public static final int KILLED = 128 + 9;
    private static final String SETTING = System.getProperty("judicialmetrics.killAt", "");
    private static final AtomicInteger REACHED = new AtomicInteger();

    private KillPoint() {
    }

    /** Halts the JVM here when this is the point and the time the setting names. */
    public static void reached(String name) {
        int colon = SETTING.lastIndexOf(':');
        if (colon > 0 && SETTING.substring(0, colon).equals(name)
                && REACHED.incrementAndGet() == Integer.parseInt(SETTING.substring(colon + 1))) {
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
