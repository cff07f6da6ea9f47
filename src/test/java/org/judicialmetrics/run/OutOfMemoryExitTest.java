package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The last resort for a thread other than the run's that dies of an {@link OutOfMemoryError}: our line and exit 1 at
 * once, instead of a run left waiting for a scheduler thread that is gone; any other uncaught error is left as it was.
 */
class OutOfMemoryExitTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Integer> halted = new CopyOnWriteArrayList<>();
    private final OutOfMemoryExit handler = new OutOfMemoryExit(
            new RunRequest("annual-report", "2020", null, null, "reports", null, null, false),
            new PrintStream(bytes, true, StandardCharsets.UTF_8), halted::add);

    @Test
    void aThreadThatDiesOfOutOfMemoryEndsTheProcessWithExitOneAndOurLine() throws InterruptedException {
        die(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")));
        die(new OutOfMemoryError("Java heap space"));

        assertThat(halted).as("halted once, with exit 1").containsExactly(ExitCode.FAILURE);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "error: the Spark job failed: out of memory; give the driver and executors more memory"
                        + " (JM_DRIVER_MEMORY=8g for jobs/run, --conf spark.driver.memory=... or"
                        + " spark.executor.memory=... on a cluster); nothing was published");
    }

    @Test
    void anyOtherUncaughtErrorIsPrintedAsJavaPrintsItAndEndsNothing() throws InterruptedException {
        die(new IllegalStateException("a bug"));

        assertThat(halted).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("Exception in thread \"dying\" java.lang.IllegalStateException: a bug");
    }

    /** Runs a thread that throws {@code e}, with the handler as its own (the test JVM's default stays as it is). */
    private void die(Throwable e) throws InterruptedException {
        Thread t = new Thread(() -> {
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }, "dying");
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join();
    }
}
