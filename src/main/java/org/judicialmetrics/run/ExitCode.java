package org.judicialmetrics.run;

/** The documented exit codes of {@code jobs/run} and {@code jobs/generate} (spec section 7). */
public final class ExitCode {
    /** Published. */
    public static final int PUBLISHED = 0;
    /** Any other failure (a bug, a disk error): nothing new is published. */
    public static final int FAILURE = 1;
    /** Invalid job spec, option or input (unreadable file, missing required column): nothing published. */
    public static final int INVALID = 2;
    /** A quality gate failed: nothing published; the run's quarantine and manifest are kept for inspection. */
    public static final int GATE_FAILED = 3;
    /**
     * {@code --verify}: a published input or output differs from its manifest, is missing or was added; the same code
     * as a failed gate, since both call a person. (Nothing to verify, or an unreadable manifest, is {@link #INVALID}.)
     */
    public static final int VERIFY_FAILED = 3;
    /** Another run holds the job's lock. */
    public static final int LOCKED = 4;
    /**
     * The data have not reached the run period yet (the gate's only failure is the period's data): nothing published;
     * a scheduler retries later, where a 3 calls a person.
     */
    public static final int NOT_ARRIVED = 5;

    private ExitCode() {
    }
}
