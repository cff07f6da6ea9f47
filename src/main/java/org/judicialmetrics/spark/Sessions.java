package org.judicialmetrics.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark session of a run. The master is set only when asked for (embedded local Spark by default, or a
 * {@code --master} URL); under spark-submit it comes from the submitter and nothing is set here.
 */
public final class Sessions {
    /** How deep in a failed task's causes Spark looks for a fatal error to exit the executor's JVM; 0: never. */
    static final String KILL_ON_FATAL_ERROR = "spark.executor.killOnFatalError.depth";

    private Sessions() {
    }

    /** Whether the master runs the executors inside this JVM ({@code local}, {@code local[N]}, {@code local[N,F]}). */
    static boolean embedded(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /**
     * Settings every run and test shares: UTC dates, ISO parsing, few shuffle partitions for batch-sized data, and
     * Parquet TIMESTAMP(NANOS) (as pandas writes) read as its long nanoseconds, which the reader turns into dates
     * (Spark has no nanosecond type and otherwise refuses the file). They are defaults: a setting given to
     * spark-submit ({@code --conf}, {@code spark-defaults.conf}, which reach the driver as {@code spark.*} system
     * properties) wins.
     */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("spark.sql.session.timeZone", "UTC");
        d.put("spark.sql.shuffle.partitions", "8");
        d.put("spark.sql.sources.partitionOverwriteMode", "dynamic");
        d.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        d.put("spark.sql.legacy.parquet.nanosAsLong", "true");
        d.put("spark.ui.enabled", "false");
        d.put("spark.ui.showConsoleProgress", "false");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** The defaults that {@code given} (what the submitter set) does not set, and the app name unless it is given. */
    static Map<String, String> unset(SparkConf given, String appName) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!given.contains("spark.app.name")) {
            out.put("spark.app.name", appName);
        }
        DEFAULTS.forEach((k, v) -> {
            if (!given.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A builder with the defaults that the submitter did not set. */
    public static SparkSession.Builder configured(String appName) {
        SparkSession.Builder builder = SparkSession.builder();
        unset(new SparkConf(), appName).forEach(builder::config);
        return builder;
    }

    /**
     * The session for a run: {@code master} null means use what spark-submit set, or embedded {@code local[*]} when
     * nothing did.
     */
    public static SparkSession forRun(String appName, String master) {
        SparkSession.Builder builder = configured(appName);
        String runsOn = master != null ? master : System.getProperty("spark.master", "local[*]");
        if (embedded(runsOn) && System.getProperty(KILL_ON_FATAL_ERROR) == null) {
            // the executor is this JVM: a task's OutOfMemoryError must fail the task, as it does on a cluster's
            // driver, and not let Spark's handler exit the JVM (code 52) while the run is still ending
            builder.config(KILL_ON_FATAL_ERROR, "0");
        }
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
        SparkSession session = builder.getOrCreate();
        ExecutorWatchdog.watch(session.sparkContext());
        return session;
    }
}
