package org.judicialmetrics.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.publish.Checksums;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;
import org.judicialmetrics.util.Json;

/**
 * Re-checks published periods against their manifests ({@code --verify}), reading every file through its store and
 * without Spark: the SHA-256 of each input the manifest lists and of each output it recorded ({@code output_files}).
 * <p>
 * A metric partition the run wrote may since have been replaced, legitimately, by a later run (the eras and
 * cumulative partitions by the next period's run, an earlier period by its own re-run). Such a partition is that
 * later run's output, checked against that run's manifest, and left out here with a note. A partition counts as
 * replaced when the published one is another release (object stores: the commit names another run's folder) or holds
 * Parquet files none of which this manifest names (Spark names each write's files uniquely); one that holds some of
 * them, or none at all, is still this run's, so a deleted, altered or added part file is reported.
 */
final class ManifestVerifier {

    /** The partition folder of a Parquet file's path relative to the job folder. */
    private static final Pattern PARTITION_FILE =
            Pattern.compile("^(.*?)(period_type=([^/]+)/period_label=([^/]+))/([^/]+)$");

    /** The partition at the end of a partition folder's path. */
    private static final Pattern PARTITION = Pattern.compile("period_type=([^/]+)/period_label=([^/]+)$");

    private final JobArchive archive;
    private final Location data;
    private final Map<MetricPartition, Location> partitions;

    /**
     * @param data the data root to find the inputs in, by their paths relative to the manifest's {@code data_root}
     *             (the data moved); null: where the manifest says they were read
     */
    ManifestVerifier(JobArchive archive, Location data) {
        this.archive = archive;
        this.data = data;
        this.partitions = archive.partitions();
    }

    /**
     * The published periods of the archive by label, sorted: those it lists, and any period folder that holds a
     * manifest but has lost its report (so that a deleted {@code index.html} is reported, not passed over).
     */
    static Map<String, Location> publishedPeriods(JobArchive archive) {
        Map<String, Location> periods = new TreeMap<>(archive.periods());
        for (Location dir : archive.jobDir().list()) {
            if (!dir.name().startsWith(".") && !dir.name().startsWith("_") && !periods.containsKey(dir.name())
                    && dir.resolve("manifest.json").isFile()) {
                periods.put(dir.name(), dir);
            }
        }
        return periods;
    }

    /** The period published in {@code periodDir}, checked against the manifest there. */
    PeriodVerification verify(String label, Location periodDir) {
        Location file = periodDir.resolve("manifest.json");
        JsonNode manifest;
        try {
            manifest = Json.mapper().readTree(file.readBytes());
        } catch (IOException | StorageException e) {
            return PeriodVerification.unreadable(label, "manifest " + file + " (" + firstLine(e.getMessage()) + ")");
        }
        if (manifest == null || !manifest.isObject() || !manifest.path("inputs").isArray()) {
            return PeriodVerification.unreadable(label, "manifest " + file + " (not a manifest of judicial-metrics)");
        }
        List<String> problems = new ArrayList<>();
        int inputs = checkInputs(manifest, problems);
        JsonNode outputs = manifest.get("output_files");
        if (outputs == null || !outputs.isArray()) {
            return new PeriodVerification(label, inputs, 0, problems, List.of(), null, false);
        }
        Map<String, Set<String>> named = namedByPartition(outputs);
        List<String> replaced = named.entrySet().stream().filter(e -> replaced(e.getKey(), e.getValue()))
                .map(Map.Entry::getKey).toList();
        int checked = 0;
        for (JsonNode f : outputs) {
            String path = f.path("path").asText();
            Matcher m = PARTITION_FILE.matcher(path);
            if (m.matches() && replaced.contains(m.group(1) + m.group(2))) {
                continue;
            }
            checked++;
            check(archive.jobDir().resolve(path), path, "output", f.path("sha256").asText(), problems);
        }
        named.forEach((folder, names) -> {
            if (!replaced.contains(folder)) {
                added(folder, names).forEach(p -> problems.add("ADDED: output " + p
                        + " (a Parquet file the manifest does not list)"));
            }
        });
        List<String> replacedPartitions = replaced.stream().map(ManifestVerifier::partitionKey).toList();
        return new PeriodVerification(label, inputs, checked, problems, replacedPartitions, null, true);
    }

    /** Checks every input file the manifest lists; returns how many. */
    private int checkInputs(JsonNode manifest, List<String> problems) {
        String dataRoot = manifest.path("data_root").asText("");
        int inputs = 0;
        for (JsonNode dataset : manifest.path("inputs")) {
            for (JsonNode f : dataset.path("files")) {
                inputs++;
                Location at = input(f.path("path").asText(), dataRoot);
                check(at, at.toString(), "input", f.path("sha256").asText(), problems);
            }
        }
        return inputs;
    }

    /** Where an input is now: as the manifest names it, or at the same place under the data root given. */
    private Location input(String path, String dataRoot) {
        Location recorded = Location.of(path);
        if (data == null || dataRoot.isEmpty()) {
            return recorded;
        }
        Location root = Location.of(dataRoot);
        return recorded.isWithin(root) && !recorded.equals(root) ? data.resolve(recorded.relativeTo(root)) : recorded;
    }

    /** Adds a message when the file is missing, unreadable or not the bytes the manifest recorded. */
    private static void check(Location file, String name, String kind, String sha256, List<String> problems) {
        if (!file.isFile()) {
            problems.add("MISSING: " + kind + " " + name);
            return;
        }
        String now;
        try {
            now = Checksums.sha256(file);
        } catch (IOException | StorageException e) {
            problems.add("UNREADABLE: " + kind + " " + name + " (" + firstLine(e.getMessage()) + ")");
            return;
        }
        if (!now.equalsIgnoreCase(sha256)) {
            problems.add("CHANGED: " + kind + " " + name + " (sha256 differs from the manifest)");
        }
    }

    /** The Parquet file names the manifest records, by partition folder (relative to the job folder). */
    private static Map<String, Set<String>> namedByPartition(JsonNode outputs) {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (JsonNode f : outputs) {
            Matcher m = PARTITION_FILE.matcher(f.path("path").asText());
            if (m.matches()) {
                named.computeIfAbsent(m.group(1) + m.group(2), k -> new TreeSet<>()).add(m.group(5));
            }
        }
        return named;
    }

    /** Whether the partition the run wrote in {@code folder} has been replaced by another run's since. */
    private boolean replaced(String folder, Set<String> names) {
        Location current = partitions.get(partition(folder));
        if (current == null) {
            return false; // runs replace partitions, never remove them: its files are missing
        }
        if (!current.relativeTo(archive.jobDir()).equals(folder)) {
            return true; // another release
        }
        Set<String> present = parquetNames(current);
        return !present.isEmpty() && present.stream().noneMatch(names::contains);
    }

    /** Parquet files in a partition the run still owns that its manifest does not name: a dashboard would read them. */
    private List<String> added(String folder, Set<String> names) {
        Location current = partitions.get(partition(folder));
        if (current == null || !current.relativeTo(archive.jobDir()).equals(folder)) {
            return List.of();
        }
        return parquetNames(current).stream().filter(n -> !names.contains(n)).map(n -> folder + "/" + n).toList();
    }

    private static Set<String> parquetNames(Location partitionDir) {
        Set<String> names = new TreeSet<>();
        for (Location f : partitionDir.list()) {
            if (f.name().endsWith(".parquet")) {
                names.add(f.name());
            }
        }
        return names;
    }

    private static MetricPartition partition(String folder) {
        Matcher m = PARTITION.matcher(folder);
        if (!m.find()) {
            throw new IllegalStateException("not a partition folder: " + folder);
        }
        return new MetricPartition(m.group(1), m.group(2));
    }

    /** {@code period_type=../period_label=..} of a partition folder. */
    private static String partitionKey(String folder) {
        return partition(folder).path();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
