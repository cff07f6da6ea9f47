package org.judicialmetrics.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.ThreadContextMapFilter;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.util.KeyValuePair;
import org.judicialmetrics.storage.Location;

/**
 * A run's own log file ({@code run.log} beside its manifest, or in its failed-run folder): every event the product
 * logs through slf4j on the run's thread while the run lasts, with full stack traces, in a local file first and then
 * copied to the store with the run's other outputs. Events of another run in the same JVM carry another run id and
 * go to that run's file.
 */
final class RunLog implements AutoCloseable {

    /** The product's loggers, under which a run's events are collected. */
    static final String PRODUCT = "org.judicialmetrics";
    private static final String KEY = "judicialmetrics.run";

    private final Path file;
    private final FileAppender appender;
    private final LoggerConfig logger;
    private boolean closed;

    private RunLog(Path file, FileAppender appender, LoggerConfig logger) {
        this.file = file;
        this.appender = appender;
        this.logger = logger;
    }

    /** Starts collecting the current thread's events of the run into {@code file}. */
    static RunLog start(Path file, String runId) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig logger = config.getLoggerConfig(PRODUCT);
        if (!logger.getName().equals(PRODUCT)) {
            // a configuration of the cluster's (spark-submit) that does not name the product: give it its logger
            logger = new LoggerConfig(PRODUCT, Level.INFO, true);
            config.addLogger(PRODUCT, logger);
        }
        if (!logger.getLevel().isLessSpecificThan(Level.INFO)) {
            logger.setLevel(Level.INFO);
        }
        PatternLayout layout = PatternLayout.newBuilder().withConfiguration(config)
                .withPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}{UTC} %-5level %logger{1} - %msg%n%ex{full}").build();
        Filter onlyThisRun = ThreadContextMapFilter.createFilter(new KeyValuePair[] {new KeyValuePair(KEY, runId)},
                "and", Filter.Result.ACCEPT, Filter.Result.DENY);
        FileAppender appender = FileAppender.newBuilder().setName("run-log-" + runId).withFileName(file.toString())
                .withImmediateFlush(true).setLayout(layout).setFilter(onlyThisRun).setConfiguration(config).build();
        appender.start();
        logger.addAppender(appender, Level.INFO, null);
        context.updateLoggers();
        ThreadContext.put(KEY, runId);
        return new RunLog(file, appender, logger);
    }

    /** Copies what was logged so far to {@code target} (a file on any store). */
    void copyTo(Location target) {
        try {
            target.write(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies what was logged so far to a local file. */
    void copyTo(Path target) {
        try {
            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops collecting; later events of this thread are not the run's. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ThreadContext.remove(KEY);
        logger.removeAppender(appender.getName());
        appender.stop();
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
    }
}
