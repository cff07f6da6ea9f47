package org.judicialmetrics.spark;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.apache.spark.SparkContext;
import org.judicialmetrics.spec.SpecException;

/**
 * Ends a run that a cluster can no longer serve: Spark waits without end for executors when the cluster lost its
 * workers or has none free, so when jobs are waiting and no executor has been registered for
 * {@value #SETTING} (default {@value #DEFAULT}), this cancels them with our reason, which the run reports as exit 1.
 * Embedded local Spark runs its tasks in the driver and is never watched.
 */
public final class ExecutorWatchdog {

    /** The Spark setting (a time such as {@code 90s} or {@code 5min}) a submitter can give with {@code --conf}. */
    public static final String SETTING = "spark.judicialmetrics.executorWait";
    static final String DEFAULT = "5min";
    /** The words every cancellation's reason starts with, which {@link #reason(Throwable)} looks for. */
    static final String MARK = "no executor was available";
    private static final String WAITED = "while the run's Spark jobs waited";

    /** The contexts watched already: a session got again (getOrCreate) keeps its one watchdog. */
    private static final java.util.Set<SparkContext> WATCHED = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private final IntSupplier activeJobs;
    private final IntSupplier executors;
    private final LongSupplier nanoTime;
    private final long waitNanos;
    private final java.util.function.Consumer<String> cancel;
    private long waitingSince = -1;

    ExecutorWatchdog(IntSupplier activeJobs, IntSupplier executors, LongSupplier nanoTime, Duration wait,
                     java.util.function.Consumer<String> cancel) {
        this.activeJobs = activeJobs;
        this.executors = executors;
        this.nanoTime = nanoTime;
        this.waitNanos = wait.toNanos();
        this.cancel = cancel;
    }

    /**
     * Watches {@code sc} from a daemon thread, once a second, until the context stops; does nothing for a local
     * master.
     */
    public static void watch(SparkContext sc) {
        Duration wait = waitOf(sc.conf()); // checked on every master, so a mistyped value never passes unseen
        // only a scheduler that registers executors (standalone, YARN, Kubernetes) can count them
        if (sc.isLocal() || !(sc.schedulerBackend() instanceof org.apache.spark.ExecutorAllocationClient)
                || !WATCHED.add(sc)) {
            return;
        }
        ExecutorWatchdog dog = new ExecutorWatchdog(() -> sc.statusTracker().getActiveJobIds().length,
                () -> sc.getExecutorIds().size(), System::nanoTime, wait, reason -> {
                    for (int job : sc.statusTracker().getActiveJobIds()) {
                        sc.cancelJob(job, reason);
                    }
                });
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "judicial-metrics-executor-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            if (sc.isStopped()) {
                timer.shutdown();
            } else {
                try {
                    dog.check();
                } catch (RuntimeException e) { // a context stopping under it: the next look sees it stopped
                    org.slf4j.LoggerFactory.getLogger(ExecutorWatchdog.class).debug("executor watchdog", e);
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** How long jobs may wait with no executor, from {@value #SETTING}; a value that is not a time is exit 2. */
    static Duration waitOf(org.apache.spark.SparkConf conf) {
        try {
            return Duration.ofSeconds(conf.getTimeAsSeconds(SETTING, DEFAULT));
        } catch (NumberFormatException e) {
            throw new SpecException(SETTING + " is '" + conf.get(SETTING) + "'; expected a time such as 90s or 5min");
        }
    }

    /** One look: starts, continues or ends the wait, and cancels the jobs when it has lasted too long. */
    void check() {
        if (activeJobs.getAsInt() == 0 || executors.getAsInt() > 0) {
            waitingSince = -1;
            return;
        }
        long now = nanoTime.getAsLong();
        if (waitingSince < 0) {
            waitingSince = now;
        } else if (now - waitingSince >= waitNanos) {
            cancel.accept(MARK + " for " + seconds(waitNanos) + " s " + WAITED);
        }
    }

    /**
     * Our message when {@code e} is a job this cancelled; empty otherwise. Spark's text around the reason (its job
     * number) is left out.
     */
    public static Optional<String> reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String text = t.getMessage() == null ? "" : t.getMessage();
            int at = text.indexOf(MARK);
            int end = text.indexOf(WAITED, Math.max(at, 0));
            if (at >= 0 && end > at) {
                String why = text.substring(at, end + WAITED.length()); // without Spark's job number and SQLSTATE
                return Optional.of("the Spark job failed: " + why + " (the cluster lost its workers, or has none"
                        + " free for this application); see the cluster's logs, then run again; " + SETTING
                        + " sets how long to wait");
            }
        }
        return Optional.empty();
    }

    private static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos);
    }
}
