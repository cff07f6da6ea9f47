package org.judicialmetrics.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual job reads its data from a real HDFS (an in-process NameNode and DataNode) and publishes to it; what it
 * publishes equals a run on local folders, and the row-level outputs are in the restricted root only.
 */
class HdfsStoreTest extends SparkTest {

    @TempDir
    static Path dir;
    static MiniDFSCluster cluster;
    static Location hdfs;
    static Path localOut;

    @BeforeAll
    static void runBoth() throws IOException {
        spark();
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        hdfs = Location.of(cluster.getURI().toString() + "/jm");
        assertThat(hdfs.scheme()).isEqualTo("hdfs");

        Path data = StoreRuns.data(dir);
        StoreRuns.writeLocalCopy(data, hdfs.resolve("data"));
        localOut = dir.resolve("local/reports");
        StoreRuns.run(data.toString(), localOut.toString(), dir.resolve("local/restricted").toString());
        StoreRuns.run(hdfs.resolve("data").uri(), hdfs.resolve("reports").uri(), hdfs.resolve("restricted").uri());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void hdfsRenamesFoldersAtomicallySoItKeepsTheFolderLayout() {
        assertThat(Storage.renamesAtomically(hdfs)).isTrue();
        assertThat(hdfs.resolve("reports/annual-report/2020/index.html").isFile()).isTrue();
        assertThat(hdfs.resolve("reports/annual-report/index.html").readString()).contains("2020/index.html");
        assertThat(hdfs.resolve("reports/annual-report/.lock").exists()).as("lock released").isFalse();
    }

    @Test
    void reportTablesAndFilesEqualALocalRun() {
        Location local = Location.local(localOut.resolve("annual-report/2020"));
        Location remote = hdfs.resolve("reports/annual-report/2020");
        assertThat(StoreRuns.reportFiles(remote)).isEqualTo(StoreRuns.reportFiles(local));
        var expected = StoreRuns.tables(local);
        var actual = StoreRuns.tables(remote);
        assertThat(actual.keySet()).isEqualTo(expected.keySet()).isNotEmpty();
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void metricTableEqualsALocalRunApartFromRunIds() {
        var published = StoreRuns.metricRows(spark(), Location.local(localOut.resolve("annual-report")));
        var restricted = StoreRuns.metricRows(spark(), Location.local(localOut.resolveSibling("restricted")
                .resolve("annual-report")));
        assertThat(published).as("the public table is suppressed").isNotEqualTo(restricted);
        assertThat(StoreRuns.metricRows(spark(), hdfs.resolve("reports/annual-report"))).isEqualTo(published);
        assertThat(StoreRuns.metricRows(spark(), hdfs.resolve("restricted/annual-report"))).isEqualTo(restricted);
    }

    @Test
    void quarantineIsInTheRestrictedRootOnly() {
        assertThat(StoreRuns.holds(hdfs.resolve("restricted/annual-report/2020"), "quarantine")).isTrue();
        assertThat(StoreRuns.holds(hdfs.resolve("reports"), "quarantine")).isFalse();
    }
}
