package org.judicialmetrics.storage;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration of the product's own file access, made as Spark makes its own: the {@code spark.hadoop.*}
 * settings a submitter gave ({@code --conf}, {@code spark-defaults.conf}) with the prefix removed, over the site files
 * on the classpath. A few defaults keep an unreachable store from retrying for minutes; they apply only when unset.
 */
final class HadoopSettings {

    /** Fail fast on a store that does not answer: a scheduled run should say so in seconds, not retry for minutes. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "fs.s3a.attempts.maximum", "2",
            "fs.s3a.retry.limit", "2",
            "fs.s3a.connection.establish.timeout", "5s",
            "fs.s3a.connection.timeout", "30s",
            "ipc.client.connect.max.retries", "2",
            "ipc.client.connect.max.retries.on.timeouts", "2");

    private static volatile Configuration shared;

    private HadoopSettings() {
    }

    /** The running Spark session's configuration when there is one (so both see the same stores), else our own. */
    static Configuration configuration() {
        var session = org.apache.spark.sql.SparkSession.getDefaultSession();
        if (session.isDefined()) {
            return withDefaults(session.get().sparkContext().hadoopConfiguration());
        }
        Configuration c = shared;
        if (c == null) {
            synchronized (HadoopSettings.class) {
                if (shared == null) {
                    shared = build(new SparkConf());
                }
                c = shared;
            }
        }
        return c;
    }

    static Configuration build(SparkConf spark) {
        Configuration conf = new Configuration();
        for (Tuple2<String, String> e : spark.getAll()) {
            if (e._1().startsWith("spark.hadoop.")) {
                conf.set(e._1().substring("spark.hadoop.".length()), e._2(), "spark.hadoop.* setting");
            }
        }
        return withDefaults(conf);
    }

    /** Sets each default the submitter and the site files left unset (Hadoop's own core-default does not count). */
    private static Configuration withDefaults(Configuration conf) {
        DEFAULTS.forEach((k, v) -> {
            if (conf.get(k) == null || "core-default.xml".equals(source(conf, k))) {
                conf.set(k, v, "judicial-metrics default");
            }
        });
        return conf;
    }

    private static String source(Configuration conf, String key) {
        String[] sources = conf.getPropertySources(key);
        return sources == null || sources.length == 0 ? null : sources[sources.length - 1];
    }
}
