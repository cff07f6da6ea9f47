package org.judicialmetrics.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.judicialmetrics.run.ExitCode;
import org.judicialmetrics.run.JobRun;
import org.judicialmetrics.run.RunOutcome;
import org.judicialmetrics.run.RunRequest;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual job reads its data from a real S3 API (S3Proxy in-process, on a folder) through s3a and publishes to it.
 * S3 has no atomic folder rename, so each run writes a release folder and publishes by one commit file; what the
 * commit names equals a run on local folders, a re-run replaces it, and DuckDB reads the table through the commit.
 */
class S3StoreTest extends SparkTest {

    static final String BUCKET = "jm-s3-test";

    @TempDir
    static Path dir;
    static S3Proxy proxy;
    static Location s3;
    static Path localOut;

    @BeforeAll
    static void runBoth() throws Exception {
        Properties blobs = new Properties();
        Files.createDirectories(dir.resolve("blobs"));
        blobs.setProperty("jclouds.filesystem.basedir", dir.resolve("blobs").toString());
        BlobStore store = ContextBuilder.newBuilder("filesystem").overrides(blobs)
                .build(BlobStoreContext.class).getBlobStore();
        store.createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret").build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(50);
        }
        Configuration hadoop = spark().sparkContext().hadoopConfiguration();
        String bucket = "fs.s3a.bucket." + BUCKET + ".";
        hadoop.set(bucket + "endpoint", "http://127.0.0.1:" + proxy.getPort());
        hadoop.set(bucket + "endpoint.region", "us-east-1");
        hadoop.set(bucket + "path.style.access", "true");
        hadoop.set(bucket + "access.key", "test-access");
        hadoop.set(bucket + "secret.key", "test-secret");
        hadoop.set(bucket + "connection.ssl.enabled", "false");
        // a bucket whose endpoint nobody listens on, for the unreachable-store case
        hadoop.set("fs.s3a.bucket.jm-nowhere.endpoint", "http://127.0.0.1:9");
        hadoop.set("fs.s3a.bucket.jm-nowhere.endpoint.region", "us-east-1");
        hadoop.set("fs.s3a.bucket.jm-nowhere.path.style.access", "true");
        hadoop.set("fs.s3a.bucket.jm-nowhere.access.key", "x");
        hadoop.set("fs.s3a.bucket.jm-nowhere.secret.key", "y");
        s3 = Location.of("s3a://" + BUCKET + "/jm");

        Path data = StoreRuns.data(dir);
        StoreRuns.writeLocalCopy(data, s3.resolve("data"));
        localOut = dir.resolve("local/reports");
        StoreRuns.run(data.toString(), localOut.toString(), dir.resolve("local/restricted").toString());
        StoreRuns.run(s3.resolve("data").uri(), s3.resolve("reports").uri(), s3.resolve("restricted").uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
    }

    Location job() {
        return s3.resolve("reports/annual-report");
    }

    @Test
    void s3PublishesByACommitFileThatNamesEachPeriodsRelease() throws IOException {
        assertThat(Storage.renamesAtomically(s3)).isFalse();
        JsonNode commit = Json.mapper().readTree(job().resolve("_commit.json").readBytes());
        String period = commit.get("periods").get("2020").asText();
        assertThat(period).startsWith("_releases/annual-report_2020_").endsWith("/period");
        assertThat(job().resolve(period).resolve("index.html").isFile()).isTrue();
        assertThat(job().resolve("2020").exists()).as("no folder renamed in place on S3").isFalse();
        assertThat(job().resolve("index.html").readString()).contains(period + "/index.html");
        assertThat(commit.get("metric_files").size()).isPositive();
    }

    @Test
    void reportTablesAndMetricTableEqualALocalRun() {
        Location local = Location.local(localOut.resolve("annual-report/2020"));
        Location remote = org.judicialmetrics.publish.JobArchive.of(job()).periods().get("2020");
        assertThat(StoreRuns.reportFiles(remote)).isEqualTo(StoreRuns.reportFiles(local));
        var expected = StoreRuns.tables(local);
        var actual = StoreRuns.tables(remote);
        assertThat(actual.keySet()).isEqualTo(expected.keySet()).isNotEmpty();
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        assertThat(StoreRuns.metricRows(spark(), job()))
                .isEqualTo(StoreRuns.metricRows(spark(), Location.local(localOut.resolve("annual-report"))));
    }

    @Test
    void quarantineIsInTheRestrictedRootOnly() {
        assertThat(StoreRuns.holds(s3.resolve("restricted/annual-report"), "quarantine")).isTrue();
        assertThat(StoreRuns.holds(s3.resolve("reports"), "quarantine")).isFalse();
    }

    @Test
    void aRerunCommitsANewReleaseAndTheDocumentedQueryReadsOneCopyOfEachRow() throws Exception {
        List<String> before = StoreRuns.metricRows(spark(), job());
        String firstRelease = Json.mapper().readTree(job().resolve("_commit.json").readBytes()).get("run_id").asText();
        StoreRuns.run(s3.resolve("data").uri(), s3.resolve("reports").uri(), s3.resolve("restricted").uri());
        JsonNode commit = Json.mapper().readTree(job().resolve("_commit.json").readBytes());
        assertThat(commit.get("run_id").asText()).isNotEqualTo(firstRelease);
        assertThat(StoreRuns.metricRows(spark(), job())).as("same figures, new release").isEqualTo(before);

        // the documented query: the commit file's list of files, nothing else, read by an independent reader
        Path copy = dir.resolve("s3-copy");
        List<String> files = new ArrayList<>();
        commit.get("metric_files").forEach(f -> {
            job().resolve(f.asText()).copyTo(Location.local(copy.resolve(f.asText())));
            files.add("'" + copy.resolve(f.asText()) + "'");
        });
        assertThat(job().resolve("_releases").list()).as("both releases kept until the next commit").hasSize(2);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet([" + String.join(", ", files)
                     + "], hive_partitioning = true)")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(before.size());
        }
    }

    RunOutcome verify() {
        return new JobRun(Path.of(".")).execute(new RunRequest(StoreRuns.JOB, null, null, null,
                s3.resolve("reports").uri(), s3.resolve("restricted").uri(), null, false, null, false, true));
    }

    @Test
    void verifyChecksThePeriodAgainstItsManifestThroughTheCommit() {
        RunOutcome verified = verify();
        assertThat(verified.exitCode()).as(String.join("\n", verified.summary())).isEqualTo(ExitCode.PUBLISHED);
        assertThat(verified.summary()).anyMatch(l -> l.matches("  2020  verified: [1-9][0-9]* inputs, [1-9][0-9]* outputs"));
        Location csv = org.judicialmetrics.publish.JobArchive.of(job()).periods().get("2020").resolve("tables")
                .files().get(0);
        byte[] original = csv.readBytes();
        try {
            csv.writeString("altered\n");
            RunOutcome changed = verify();
            assertThat(changed.exitCode()).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(changed.summary()).contains("  2020  CHANGED: output " + csv.relativeTo(job())
                    + " (sha256 differs from the manifest)");
        } finally {
            csv.write(original);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // the run's store timeout is 60 s: never a hang on the store's retries
    void anUnreachableStoreFailsFastWithOurMessageAndNoLocalFolder() {
        RunOutcome outcome = new JobRun(Path.of(".")).execute(new RunRequest(StoreRuns.JOB, StoreRuns.PERIOD,
                StoreRuns.AS_OF, dir.resolve("data").toString(), "s3a://jm-nowhere/reports", null, null, false));
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(outcome.summary()).singleElement().asString()
                .startsWith("error: output root s3a://jm-nowhere/reports is not reachable");
        assertThat(Path.of("s3a:")).doesNotExist();
    }
}
