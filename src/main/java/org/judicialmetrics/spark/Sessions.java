package org.judicialmetrics.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark session of a run. The master is set only when asked for (embedded local Spark by default, or a
 * {@code --master} URL); under spark-submit it comes from the submitter and nothing is set here.
 */
public final class Sessions {
    private Sessions() {
    }

    /**
     * Settings every run and test shares: UTC dates, ISO parsing, few shuffle partitions for batch-sized data, and
     * Parquet TIMESTAMP(NANOS) (as pandas writes) read as its long nanoseconds, which the reader turns into dates
     * (Spark has no nanosecond type and otherwise refuses the file).
     */
    public static SparkSession.Builder configured(String appName) {
        return SparkSession.builder()
                .appName(appName)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.legacy.parquet.nanosAsLong", "true")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
    }

    /**
     * The session for a run: {@code master} null means use what spark-submit set, or embedded {@code local[*]} when
     * nothing did.
     */
    public static SparkSession forRun(String appName, String master) {
        SparkSession.Builder builder = configured(appName);
        if (master != null) {
            builder.master(master);
            String appJar = System.getProperty("judicialmetrics.app.jar", "");
            if (!appJar.isBlank() && !master.startsWith("local")) {
                builder.config("spark.jars", appJar);
            }
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
