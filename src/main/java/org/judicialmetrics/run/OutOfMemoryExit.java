package org.judicialmetrics.run;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * The command line's last resort for an {@link OutOfMemoryError} that kills a thread of its own JVM other than the
 * run's (one of Spark's driver threads, such as its scheduler's, whose death would leave the run waiting): it prints our
 * one-line message and ends the process with exit 1 at once. A task's out-of-memory fails its task and the run's own
 * thread reports it ({@code spark/Sessions}); this is for what lies outside both. Other uncaught errors are printed
 * as Java prints them.
 */
public final class OutOfMemoryExit implements Thread.UncaughtExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutOfMemoryExit.class);

    private final RunRequest request;
    private final PrintStream err;
    private final IntConsumer halt;
    private final AtomicBoolean said = new AtomicBoolean();

    OutOfMemoryExit(RunRequest request, PrintStream err, IntConsumer halt) {
        this.request = request;
        this.err = err;
        this.halt = halt;
    }

    /** Makes it the JVM's default handler, for the process that runs {@code request} and ends with its exit code. */
    public static void install(RunRequest request) {
        Thread.setDefaultUncaughtExceptionHandler(
                new OutOfMemoryExit(request, System.err, code -> Runtime.getRuntime().halt(code)));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        boolean memory = false;
        for (Throwable t = e; t != null && !memory; t = t.getCause() == t ? null : t.getCause()) {
            memory = t instanceof OutOfMemoryError;
        }
        if (!memory) {
            err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(err);
            return;
        }
        if (said.compareAndSet(false, true)) {
            try {
                String message = "error: " + RunFailures.describe(e, request)
                        .orElse("out of memory; nothing was published");
                err.println(message);
                err.flush();
                LOG.error("{} (in thread {})", message, thread.getName(), e);
                if (Boolean.getBoolean("judicialmetrics.verbose")) {
                    e.printStackTrace(err);
                }
            } finally {
                halt.accept(ExitCode.FAILURE);
            }
        }
    }
}
