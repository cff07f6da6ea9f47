package org.judicialmetrics.spec;

/** An invalid job spec or command-line setting: the message names the file, the field and what is allowed (exit 2). */
public class SpecException extends RuntimeException {
    public SpecException(String message) {
        super(message);
    }
}
