package org.judicialmetrics.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a separate JVM, as {@code jobs/run} starts it: the test JVM's classpath, Spark's JVM flags
 * (the build's {@code jvm-options.txt}), the launcher's locale and time zone, and {@code judicialmetrics.home}. Its
 * stderr is read line by line as it comes, so a test can act when a given progress line appears.
 */
final class CliProcess implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Path stdout;

    private CliProcess(Process process, Path stdout) {
        this.process = process;
        this.stdout = stdout;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    stderr.add(l);
                    lines.add(l);
                }
            } catch (IOException e) {
                // the process was killed: its pipe closes
            } finally {
                lines.add(END);
            }
        }, "cli-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code Main} with {@code args}, with extra JVM options (e.g. a small heap) before the main class. */
    static CliProcess start(Path workDir, List<String> jvmExtra, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions());
        cmd.add("-Xmx1g");
        cmd.addAll(List.of("-Djava.awt.headless=true", "-Duser.timezone=UTC", "-Duser.language=en",
                "-Duser.country=US", "-Djudicialmetrics.home=" + projectDir()));
        cmd.addAll(jvmExtra); // after -Xmx1g: a later -Xmx wins
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.judicialmetrics.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("stdout-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile()).start();
        return new CliProcess(p, out);
    }

    /** The JVM flags Spark needs on Java 17, the list {@code jobs/run} reads. */
    static List<String> jvmOptions() throws IOException {
        try (InputStream in = CliProcess.class.getResourceAsStream("/jvm-options.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        }
    }

    static Path projectDir() {
        return Path.of(System.getProperty("judicialmetrics.home", ".")).toAbsolutePath().normalize();
    }

    Process process() {
        return process;
    }

    /** Waits for a stderr line that starts with {@code prefix}; false when the process ended or time ran out first. */
    boolean awaitLine(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String l = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (l == null || l.equals(END)) {
                return false;
            }
            if (l.startsWith(prefix)) {
                return true;
            }
        }
    }

    /** Waits for the process to end by itself; -1 when it had not within the time (it is then killed). */
    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        drain();
        return process.exitValue();
    }

    /** Kills the process with SIGKILL and waits until it is gone (and reaped). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Everything the process printed on stderr so far. */
    List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    String stdout() throws IOException {
        return java.nio.file.Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** Waits briefly for the stderr reader to reach the end of the pipe. */
    private void drain() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !lines.contains(END)) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
