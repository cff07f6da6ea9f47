package org.judicialmetrics.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.storage.Location;

/**
 * Finds the canonical datasets in a data root: {@code <id>.csv|.jsonl|.parquet} as a file, or a folder {@code <id>/}
 * (or {@code <id>.parquet/}) of such files. Hidden files and Spark's {@code _SUCCESS}-style markers are skipped. The
 * root may be on any store ({@link Location}).
 */
public final class DataRoot {

    private final Location root;

    public DataRoot(Location root) {
        this.root = root;
    }

    public DataRoot(java.nio.file.Path root) {
        this(Location.local(root));
    }

    public Location path() {
        return root;
    }

    /** Every dataset present, in the order of {@link Dataset}; a missing one is simply absent. */
    public Map<Dataset, DatasetSource> discover() {
        if (!root.isDirectory()) {
            throw new InputException("data root " + root + " is not a folder (give one with --data DIR)");
        }
        List<Location> entries = root.list().stream().filter(p -> !hidden(p)).toList();
        Map<Dataset, DatasetSource> found = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            find(dataset, entries).ifPresent(s -> found.put(dataset, s));
        }
        return found;
    }

    private Optional<DatasetSource> find(Dataset dataset, List<Location> entries) {
        List<Location> candidates = new ArrayList<>();
        for (Location p : entries) {
            String name = p.name();
            boolean file = SourceFormat.of(name).map(f -> f.stem(name).equals(dataset.id())).orElse(false);
            if (file || (name.equals(dataset.id()) && p.isDirectory())) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            throw new InputException("dataset " + dataset.id() + " is given more than once in " + root + ": "
                    + candidates.stream().map(Location::name).toList() + "; keep one");
        }
        return Optional.of(new DatasetSource(dataset, files(dataset, candidates.get(0))));
    }

    /** The files of a dataset given as one file or folder, e.g. an external export read through a mapping. */
    public static List<SourceFile> files(Dataset dataset, Location entry) {
        if (entry.isFile()) {
            return List.of(new SourceFile(entry, SourceFormat.of(entry.name()).orElseThrow(() -> new InputException(
                    entry + ": not a dataset file (expected .csv, .jsonl, .ndjson, .json or .parquet)"))));
        }
        if (!entry.isDirectory()) {
            throw new InputException(entry + ": source of " + dataset.id() + " not found");
        }
        Optional<SourceFormat> folderFormat = SourceFormat.of(entry.name());
        List<SourceFile> files = new ArrayList<>();
        for (Location p : entry.files()) {
            if (hiddenUnder(entry, p)) {
                continue;
            }
            Optional<SourceFormat> format = SourceFormat.of(p.name()).or(() -> folderFormat);
            if (format.isEmpty()) {
                throw new InputException(p + ": not a dataset file of " + dataset.id()
                        + " (expected .csv, .jsonl, .ndjson, .json or .parquet)");
            }
            files.add(new SourceFile(p, format.get()));
        }
        if (files.isEmpty()) {
            throw new InputException(entry + ": folder of dataset " + dataset.id() + " holds no data file");
        }
        return files;
    }

    public static List<SourceFile> files(Dataset dataset, java.nio.file.Path entry) {
        return files(dataset, Location.local(entry));
    }

    /** A hidden file, or one in a hidden folder, below the dataset's folder. */
    private static boolean hiddenUnder(Location entry, Location file) {
        for (String name : file.relativeTo(entry).split("/")) {
            if (hidden(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Location p) {
        return hidden(p.name());
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc");
    }
}
