package org.judicialmetrics.storage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the product needs to know of a store before it uses one: that it answers, and what its renames guarantee. */
public final class Storage {

    /**
     * Stores whose folder rename is atomic, so a published folder is swapped in one step. Object stores (s3a, gs,
     * abfs, ...) copy and delete instead, and publish by a commit file. A site can list its own:
     * {@code spark.hadoop.judicialmetrics.atomic-rename-schemes}.
     */
    static final String ATOMIC_RENAME_SCHEMES = "judicialmetrics.atomic-rename-schemes";
    private static final String DEFAULT_ATOMIC = "file,hdfs,viewfs,webhdfs";

    private Storage() {
    }

    /** Whether folders on this location's store are renamed atomically. */
    public static boolean renamesAtomically(Location location) {
        String schemes = HadoopSettings.configuration().get(ATOMIC_RENAME_SCHEMES, DEFAULT_ATOMIC);
        List<String> list = Arrays.stream(schemes.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        return list.contains(location.scheme().toLowerCase(Locale.ROOT));
    }

    /**
     * Fails within {@code timeout} with a clear message when the store of {@code location} does not answer (a wrong
     * host, a stopped NameNode, a bad endpoint), instead of letting a scheduled run hang on the store's retries.
     */
    public static void requireReachable(Location location, String role, Duration timeout) {
        ExecutorService probe = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storage-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Boolean> answer = probe.submit(location::exists);
            answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StorageException(role + " " + location + " is not reachable: no answer within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StorageException se && se.getMessage().contains("no connector")) {
                throw se;
            }
            throw new StorageException(role + " " + location + " is not reachable: " + reason(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(role + " " + location + ": interrupted while checking the store");
        } finally {
            probe.shutdownNow();
        }
    }

    /** The innermost cause's first line: what went wrong, without the stack of wrappers above it. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = text.lines().findFirst().orElse(text).strip();
        if (first.length() > 200) {
            first = first.substring(0, 200) + "...";
        }
        return first;
    }

}
