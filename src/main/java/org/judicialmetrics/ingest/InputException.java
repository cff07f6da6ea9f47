package org.judicialmetrics.ingest;

/**
 * Input that cannot be taken at all (unreadable file, missing required column, ambiguous sources): the message names
 * the file and what was expected; the run stops with exit code 2 before anything is published.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
