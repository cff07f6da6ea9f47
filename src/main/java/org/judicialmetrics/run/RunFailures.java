package org.judicialmetrics.run;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;
import org.judicialmetrics.spark.ExecutorWatchdog;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;

/**
 * Our one-line messages (exit 1) for the usual faults that are not bad input, wherever in Spark, Hadoop or Java they
 * surfaced: a full disk, an output root that cannot be written, a Spark job that ran out of memory, lost an executor
 * or had a task fail. Java's and Hadoop's own text stays in the run's log and {@code --verbose}.
 */
final class RunFailures {

    private static final Pattern TASK = Pattern.compile("Task \\S+ in stage (\\S+) failed (\\d+) times?");
    private static final String NOTHING = "; nothing was published";

    private RunFailures() {
    }

    /** The message for {@code e}, or empty when it is none of the faults this knows. */
    static Optional<String> describe(Throwable e, RunRequest request) {
        Location out = null;
        Location restricted = null;
        try {
            OutputLayout layout = OutputLayout.of(request.out(), request.restricted(), "job");
            out = layout.root();
            restricted = layout.restricted();
        } catch (RuntimeException ignored) {
            // a root that does not parse was reported before anything ran
        }
        String reason = storageReason(e);
        if (reason != null) {
            return Optional.of(cannotWrite(file(e), out, restricted) + ": " + reason + NOTHING);
        }
        Optional<String> noExecutor = ExecutorWatchdog.reason(e);
        if (noExecutor.isPresent()) {
            return Optional.of(noExecutor.get() + NOTHING);
        }
        if (find(e, t -> t instanceof OutOfMemoryError || text(t).contains("java.lang.OutOfMemoryError")) != null) {
            return Optional.of("the Spark job failed: out of memory; give the driver and executors more memory"
                    + " (JM_DRIVER_MEMORY=8g for jobs/run, --conf spark.driver.memory=... or spark.executor.memory=..."
                    + " on a cluster)" + NOTHING);
        }
        if (find(e, t -> text(t).contains("ExecutorLostFailure") || text(t).contains("executor lost")) != null) {
            return Optional.of("the Spark job failed: an executor was lost (it crashed, was killed or ran out of"
                    + " memory); see the cluster's logs for why, then run again" + NOTHING);
        }
        if (find(e, t -> text(t).contains("SparkContext was shut down")
                || text(t).contains("Cannot call methods on a stopped SparkContext")) != null) {
            return Optional.of("the Spark job failed: Spark stopped during the run (the cluster's master removed"
                    + " the application, e.g. after its executors failed again and again, or the driver was told to"
                    + " stop); see the cluster's logs for why, then run again" + NOTHING);
        }
        Throwable task = find(e, t -> TASK.matcher(text(t)).find() || condition(t).startsWith("TASK_")
                || text(t).startsWith("Job aborted due to stage failure"));
        if (task != null) {
            Matcher m = TASK.matcher(text(task));
            String where = m.find() ? " in stage " + m.group(1) + " (tried " + m.group(2) + " time"
                    + ("1".equals(m.group(2)) ? "" : "s") + ")" : "";
            String writing = writePath(e).map(p -> " while writing " + p).orElse("");
            return Optional.of("the Spark job failed: a task failed" + where + writing + "; the reason and stack"
                    + " trace are in the run's log (run.log under the restricted root's _failed/) and shown with"
                    + " --verbose" + NOTHING);
        }
        return Optional.empty();
    }

    /**
     * Our message when Spark refused to start because the heap it was given is below its minimum (a setting to
     * change, so exit 2); empty otherwise.
     */
    static Optional<String> heapTooSmall(Throwable e) {
        Throwable t = find(e, c -> condition(c).equals("INVALID_DRIVER_MEMORY")
                || condition(c).equals("INVALID_EXECUTOR_MEMORY"));
        if (t == null) {
            return Optional.empty();
        }
        Map<String, String> p = ((SparkThrowable) t).getMessageParameters();
        String given = megabytes(p.getOrDefault("systemMemory", p.get("executorMemory")));
        boolean driver = condition(t).equals("INVALID_DRIVER_MEMORY");
        return Optional.of("the " + (driver ? "driver's heap" : "executors' memory") + (given == null ? "" : " ("
                + given + ")") + " is below the " + Optional.ofNullable(megabytes(p.get("minSystemMemory")))
                .orElse("minimum") + " Spark needs; give " + (driver ? "JM_DRIVER_MEMORY=1g or more for jobs/run,"
                + " --conf spark.driver.memory=1g" : "--conf spark.executor.memory=1g") + " or more" + NOTHING);
    }

    /** A number of bytes as whole megabytes, e.g. {@code 300 MB}; null when it is not a number. */
    private static String megabytes(String bytes) {
        try {
            return bytes == null ? null : Long.parseLong(bytes.strip()) / (1024 * 1024) + " MB";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Why a write to storage failed, in our words; null when it is not a storage write fault. */
    private static String storageReason(Throwable e) {
        if (find(e, t -> lower(t).contains("no space left on device") || lower(t).contains("enospc")) != null) {
            return "no space left on the device (free space, then run again)";
        }
        if (find(e, t -> lower(t).contains("disk quota exceeded")) != null) {
            return "the disk quota is used up (free space or raise the quota, then run again)";
        }
        if (find(e, t -> t instanceof AccessDeniedException || lower(t).contains("permission denied")
                || t.getClass().getSimpleName().equals("AccessControlException")) != null) {
            return "permission denied (the root, or a folder above it, is not writable for user "
                    + System.getProperty("user.name", "?") + "; make it writable or give another root)";
        }
        if (find(e, t -> lower(t).contains("read-only file system")) != null) {
            return "the file system is read-only (give a root on a writable one)";
        }
        if (find(e, t -> lower(t).contains("not a directory") || t instanceof java.nio.file.FileAlreadyExistsException
                || t.getClass().getSimpleName().equals("ParentNotDirectoryException")) != null) {
            return "a file is in the way where a folder must be (the root, or a folder in its path, is a file;"
                    + " give a folder)";
        }
        return null;
    }

    private static String cannotWrite(String file, Location out, Location restricted) {
        String root = rootOf(file, out, restricted);
        if (file == null) {
            return "cannot write the run's files" + (root == null ? "" : " under " + root);
        }
        return "cannot write " + file + (root == null ? "" : " under " + root);
    }

    /** "output root X" or "restricted root Y" when the file lies in one (or the file is the root itself). */
    private static String rootOf(String file, Location out, Location restricted) {
        for (Location root : new Location[] {restricted, out}) { // the restricted root may lie beside the public one
            if (root == null) {
                continue;
            }
            String r = root.toString();
            if (file == null ? false : file.equals(r) || file.startsWith(r + "/")) {
                return (root == out ? "output root " : "restricted root ") + r;
            }
        }
        return file == null && out != null ? "output root " + out : null;
    }

    /** The file a failed operation was on: ours (a StorageException), Spark's write path, or Java's. */
    private static String file(Throwable e) {
        Throwable s = find(e, t -> t instanceof StorageException se && se.location() != null);
        if (s != null) {
            return ((StorageException) s).location();
        }
        Optional<String> written = writePath(e);
        if (written.isPresent()) {
            return written.get();
        }
        Throwable f = find(e, t -> t instanceof FileSystemException fs && fs.getFile() != null);
        return f == null ? null : ((FileSystemException) f).getFile();
    }

    private static Optional<String> writePath(Throwable e) {
        Throwable w = find(e, t -> condition(t).startsWith("TASK_WRITE_FAILED")
                && ((SparkThrowable) t).getMessageParameters().get("path") != null);
        return w == null ? Optional.empty() : Optional.of(org.judicialmetrics.ingest.SourceReader.plainPath(
                ((SparkThrowable) w).getMessageParameters().get("path")));
    }

    private static Throwable find(Throwable e, java.util.function.Predicate<Throwable> p) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (p.test(t)) {
                return t;
            }
        }
        return null;
    }

    private static String condition(Throwable t) {
        return t instanceof SparkThrowable st && st.getCondition() != null ? st.getCondition() : "";
    }

    private static String text(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static String lower(Throwable t) {
        return text(t).toLowerCase(Locale.ROOT);
    }
}
