package org.judicialmetrics.run;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on loopback for a test: a master and a worker, each in its own JVM on the test's
 * classpath (Spark's own classes), ready when the master's status page lists the worker as alive. The worker starts
 * executor JVMs as on any cluster; a test can kill them, or the worker with its executors (a lost machine).
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path dir;
    private final int port = freePort();
    private final int webPort = freePort();
    private final List<Process> processes = new ArrayList<>();
    private Process master;
    private Process worker;

    private StandaloneCluster(Path dir) {
        this.dir = dir;
    }

    /** Starts a master and one worker (2 cores, 2 GB) and waits until the worker has registered. */
    static StandaloneCluster start(Path dir) throws Exception {
        StandaloneCluster c = new StandaloneCluster(dir);
        c.master = c.spark("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(c.port), "--webui-port", String.valueOf(c.webPort));
        c.startWorker();
        return c;
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The JVM options a driver needs to use this cluster: executors load our classes from the test's classpath. */
    List<String> driverOptions() {
        return List.of("-Dspark.executor.extraClassPath=" + System.getProperty("java.class.path"),
                "-Dspark.executor.memory=1g", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1");
    }

    /** Starts a worker (when the last one was killed) and waits until the master counts it alive. */
    void startWorker() throws Exception {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars")); // the launcher needs SPARK_HOME/jars; the classes come from -cp
        Files.writeString(home.resolve("RELEASE"), "Spark (test classpath)\n");
        Path work = Files.createDirectories(dir.resolve("worker-" + System.nanoTime()));
        worker = spark("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                "--memory", "2g", "--work-dir", work.toString(), "--webui-port", "0", url());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (aliveWorkers() < 1) {
            if (System.nanoTime() > deadline || !worker.isAlive() || !master.isAlive()) {
                throw new IllegalStateException("the standalone worker did not register (logs in " + dir + ")");
            }
            Thread.sleep(300);
        }
    }

    boolean workerAlive() {
        return worker != null && worker.isAlive();
    }

    /** The executor JVMs the worker runs now. */
    List<ProcessHandle> executors() {
        return worker == null ? List.of() : worker.toHandle().children().filter(ProcessHandle::isAlive).toList();
    }

    /** Kills the worker and its executors with SIGKILL, as a machine that is lost. */
    void killWorker() throws InterruptedException {
        for (ProcessHandle e : executors()) {
            e.destroyForcibly();
        }
        worker.destroyForcibly();
        worker.waitFor();
        worker = null;
    }

    private int aliveWorkers() {
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + webPort + "/json/")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = ALIVE.matcher(page.body());
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0; // not up yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Process spark(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(CliProcess.jvmOptions());
        cmd.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + "-" + System.nanoTime() + ".log").toFile());
        pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            p.waitFor();
        }
    }
}
