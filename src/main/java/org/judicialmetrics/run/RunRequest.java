package org.judicialmetrics.run;

import java.time.LocalDate;

/**
 * What {@code jobs/run} was asked to do. Null means "not given": the job spec's setting applies, else the default
 * (command line > job spec > defaults). Storage roots are paths (relative to the caller's working directory) or URIs
 * ({@code file://}, {@code hdfs://}, {@code s3a://}, ...).
 *
 * @param job        a spec name in {@code jobs/} or a path or URI of a spec file
 * @param period     a calendar period label; default the latest complete period of the spec's granularity
 * @param asOf       the date the data is as of; default today (UTC)
 * @param data       the data root; default the spec's {@code data}
 * @param out        the public output root; default {@code reports}
 * @param restricted the restricted root; default the output root's sibling {@code <name>-restricted}
 * @param master     a Spark master URL; default embedded local Spark (or what spark-submit set)
 * @param backfill   write every calendar period up to {@code period} to the metric table, not only {@code period}
 * @param backfillFrom run every period from this one up to {@code period} (default the latest complete) that is
 *                   missing, provisional or stale, in order (null: run {@code period} alone)
 * @param list       print each period's state (from {@code backfillFrom}, else the first published) and run nothing
 * @param verify     re-check {@code period} (default: every published period) against its manifest and run nothing
 */
public record RunRequest(String job, String period, LocalDate asOf, String data, String out, String restricted,
                         String master, boolean backfill, String backfillFrom, boolean list, boolean verify) {

    /** A run, a backfill or a list (no verify). */
    public RunRequest(String job, String period, LocalDate asOf, String data, String out, String restricted,
                      String master, boolean backfill, String backfillFrom, boolean list) {
        this(job, period, asOf, data, out, restricted, master, backfill, backfillFrom, list, false);
    }

    /** A run of one period. */
    public RunRequest(String job, String period, LocalDate asOf, String data, String out, String restricted,
                      String master, boolean backfill) {
        this(job, period, asOf, data, out, restricted, master, backfill, null, false, false);
    }

    /** The same request for one period alone (a step of a backfill). */
    RunRequest forPeriod(String label) {
        return new RunRequest(job, label, asOf, data, out, restricted, master, false, null, false, false);
    }
}
