package org.judicialmetrics.storage;

/** A storage operation that failed (unreachable store, no connector, refused write): one line naming the location. */
public final class StorageException extends RuntimeException {

    /** The file or folder the operation was on, as messages name it; null when not known. */
    private final String location;

    public StorageException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public StorageException(String message) {
        this(message, null, null);
    }

    public StorageException(String message, Throwable cause, String location) {
        super(message, cause);
        this.location = location;
    }

    /** The file or folder the failed operation was on, as messages name it; null when not known. */
    public String location() {
        return location;
    }
}
