package org.judicialmetrics.storage;

/** A storage operation that failed (unreachable store, no connector, refused write): one line naming the location. */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
