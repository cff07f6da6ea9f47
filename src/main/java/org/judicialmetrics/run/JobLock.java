package org.judicialmetrics.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;
import org.judicialmetrics.util.Json;

/**
 * One run per job at a time, on any store: {@code <out>/<job>/.lock} is created only when absent (an atomic create on
 * local disks and HDFS) and records owner, host, pid, run and start. The holder rewrites its heartbeat every third
 * of the lease; a lock whose heartbeat is older than the lease, or whose process is gone from this host, is stale
 * and taken over, so a killed run does not block the job for good.
 */
public final class JobLock implements AutoCloseable {

    /** How long a lock stays valid without a heartbeat; {@code -Djudicialmetrics.lock-lease-seconds} changes it. */
    static Duration lease() {
        return Duration.ofSeconds(Long.getLong("judicialmetrics.lock-lease-seconds", 120));
    }

    private final Location file;
    private final Map<String, Object> content;
    private final ScheduledExecutorService heartbeat;

    private JobLock(Location file, Map<String, Object> content) {
        this.file = file;
        this.content = content;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease().toMillis() / 3);
        heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** The lock, or empty when a live run holds it. */
    public static Optional<JobLock> tryAcquire(Location jobDir, String runId) {
        Location file = jobDir.resolve(".lock");
        Map<String, Object> content = content(runId);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (file.createNew(bytes(content))) {
                return Optional.of(new JobLock(file, content));
            }
            Optional<String> held = holderIfLive(file);
            if (held.isPresent()) {
                return Optional.empty();
            }
            file.delete(); // stale: its run is gone; one more try, and a racing run that wins keeps it
        }
        return Optional.empty();
    }

    /** Who holds the lock, for the message of a run that found it held. */
    public static String describe(Location jobDir) {
        Location file = jobDir.resolve(".lock");
        try {
            JsonNode n = Json.mapper().readTree(file.readBytes());
            return "run " + n.path("run_id").asText() + " of " + n.path("owner").asText() + " on "
                    + n.path("host").asText() + " (pid " + n.path("pid").asText() + ", started "
                    + n.path("started").asText() + ")";
        } catch (IOException | StorageException e) {
            return "a run";
        }
    }

    /** The holder of a live lock; empty when the lock is gone, unreadable or stale. */
    static Optional<String> holderIfLive(Location file) {
        JsonNode n;
        try {
            n = Json.mapper().readTree(file.readBytes());
        } catch (IOException | StorageException e) {
            // a lock being written this instant reads as empty: count it live unless it is old
            return file.exists() && Instant.ofEpochMilli(file.modified()).plus(lease()).isAfter(Instant.now())
                    ? Optional.of("a run") : Optional.empty();
        }
        Instant beat = Instant.parse(n.path("heartbeat").asText(Instant.EPOCH.toString()));
        if (beat.plus(lease()).isBefore(Instant.now())) {
            return Optional.empty();
        }
        if (n.path("host").asText().equals(host())) {
            long pid = n.path("pid").asLong(-1);
            if (pid != ProcessHandle.current().pid() && !running(pid)) {
                return Optional.empty();
            }
        }
        return Optional.of(n.path("run_id").asText());
    }

    /**
     * Whether a process of this host still runs. Java counts a zombie as alive, and a killed run's process stays a
     * zombie for good in a container whose first process reaps nothing, so Linux's process state decides there.
     */
    static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !(state.startsWith("Z") || state.startsWith("X"));
        } catch (IOException | RuntimeException e) {
            return true; // no /proc (not Linux): Java's answer stands
        }
    }

    private void beat() {
        try {
            content.put("heartbeat", Instant.now().toString());
            file.write(bytes(content));
        } catch (RuntimeException e) {
            // a missed heartbeat only shortens the lease; the run goes on
        }
    }

    private static Map<String, Object> content(String runId) {
        Map<String, Object> c = new LinkedHashMap<>();
        String now = Instant.now().toString();
        c.put("run_id", runId);
        c.put("owner", System.getProperty("user.name", "unknown"));
        c.put("host", host());
        c.put("pid", ProcessHandle.current().pid());
        c.put("started", now);
        c.put("heartbeat", now);
        c.put("lease_seconds", lease().toSeconds());
        return c;
    }

    private static byte[] bytes(Map<String, Object> content) {
        try {
            return Json.mapper().writeValueAsBytes(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Stops the heartbeat and deletes the lock, if it is still this run's. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            JsonNode n = Json.mapper().readTree(file.readBytes());
            if (content.get("run_id").equals(n.path("run_id").asText())) {
                file.delete();
            }
        } catch (IOException | StorageException e) {
            // already gone
        }
    }
}
