package org.judicialmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The product's Spark settings are defaults: what spark-submit is given wins. */
class SessionsTest {

    @Test
    void nothingGivenTakesEveryDefaultAndTheAppName() {
        Map<String, String> set = Sessions.unset(new SparkConf(false), "judicial-metrics job");
        assertThat(set).containsAllEntriesOf(Sessions.DEFAULTS).containsEntry("spark.app.name", "judicial-metrics job");
    }

    @Test
    void settingsGivenToTheSubmitterAreNotOverridden() {
        SparkConf given = new SparkConf(false).set("spark.sql.shuffle.partitions", "200")
                .set("spark.ui.enabled", "true").set("spark.app.name", "nightly");
        Map<String, String> set = Sessions.unset(given, "judicial-metrics job");
        assertThat(set).doesNotContainKeys("spark.sql.shuffle.partitions", "spark.ui.enabled", "spark.app.name")
                .containsEntry("spark.sql.session.timeZone", "UTC");
    }

    @Test
    void systemPropertiesAreWhatSparkSubmitGivesTheDriver() {
        System.setProperty("spark.sql.shuffle.partitions", "3");
        try {
            assertThat(Sessions.unset(new SparkConf(), "x")).doesNotContainKey("spark.sql.shuffle.partitions");
        } finally {
            System.clearProperty("spark.sql.shuffle.partitions");
        }
    }

    @Test
    void onlyALocalMasterRunsTheExecutorsInThisJvm() {
        assertThat(java.util.List.of("local", "local[*]", "local[4]", "local[2,3]")).allMatch(Sessions::embedded);
        assertThat(java.util.List.of("local-cluster[2,1,1024]", "spark://host:7077", "yarn", "k8s://https://h:6443"))
                .noneMatch(Sessions::embedded);
    }
}
