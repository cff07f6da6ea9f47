package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.judicialmetrics.storage.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A lock left by a killed run is taken over when its process is gone, even as an unreaped zombie; a live one holds. */
class JobLockTest {

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs(OS.LINUX)
    void aZombieHolderIsGoneAndALiveOneHolds() throws Exception {
        // sh starts a child that exits shortly, after sh has become sleep, which never reaps it: a zombie (a child
        // that exited at once could be reaped by sh itself before the exec)
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.5 & echo $!; exec sleep 30").start();
        try {
            long zombie;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                zombie = Long.parseLong(out.readLine().trim());
                Path stat = Path.of("/proc/" + zombie + "/stat");
                for (int i = 0; i < 100 && !(Files.exists(stat) && Files.readString(stat).contains(") Z")); i++) {
                    Thread.sleep(50);
                }
                assertThat(Files.readString(stat)).as("the child is a zombie").contains(") Z");
                assertThat(ProcessHandle.of(zombie).map(ProcessHandle::isAlive)).as("Java calls it alive").contains(true);

                Location job = Location.local(dir);
                writeLock(zombie, "killed-run");
                try (JobLock taken = JobLock.tryAcquire(job, "next-run").orElseThrow(() -> new AssertionError("zombie's lock held"))) {
                    assertThat(new String(job.resolve(".lock").readBytes(), StandardCharsets.UTF_8)).contains("next-run");
                }

                writeLock(parent.pid(), "live-run");
                assertThat(JobLock.tryAcquire(job, "next-run")).as("a live holder keeps its lock").isEmpty();
                assertThat(JobLock.describe(job)).contains("live-run").contains("pid " + parent.pid());
            }
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    private void writeLock(long pid, String runId) throws Exception {
        String now = Instant.now().toString();
        Files.writeString(dir.resolve(".lock"), "{\"run_id\":\"" + runId + "\",\"owner\":\"x\",\"host\":\""
                + InetAddress.getLocalHost().getHostName() + "\",\"pid\":" + pid + ",\"started\":\"" + now
                + "\",\"heartbeat\":\"" + now + "\",\"lease_seconds\":120}");
    }
}
