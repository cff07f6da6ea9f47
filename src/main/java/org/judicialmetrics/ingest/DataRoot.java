package org.judicialmetrics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.judicialmetrics.model.Dataset;

/**
 * Finds the canonical datasets in a data root: {@code <id>.csv|.jsonl|.parquet} as a file, or a folder {@code <id>/}
 * (or {@code <id>.parquet/}) of such files. Hidden files and Spark's {@code _SUCCESS}-style markers are skipped.
 */
public final class DataRoot {

    private final Path root;

    public DataRoot(Path root) {
        this.root = root;
    }

    public Path path() {
        return root;
    }

    /** Every dataset present, in the order of {@link Dataset}; a missing one is simply absent. */
    public Map<Dataset, DatasetSource> discover() {
        if (!Files.isDirectory(root)) {
            throw new InputException("data root " + root + " is not a folder (give one with --data DIR)");
        }
        Map<Dataset, DatasetSource> found = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            find(dataset).ifPresent(s -> found.put(dataset, s));
        }
        return found;
    }

    private Optional<DatasetSource> find(Dataset dataset) {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> !hidden(p)).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                boolean folder = Files.isDirectory(p) && name.equals(dataset.id());
                boolean file = SourceFormat.of(p).map(f -> f.stem(p).equals(dataset.id())).orElse(false);
                if (folder || file) {
                    candidates.add(p);
                }
            });
        } catch (IOException e) {
            throw new InputException("data root " + root + " cannot be listed: " + e.getMessage(), e);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            throw new InputException("dataset " + dataset.id() + " is given more than once in " + root + ": "
                    + candidates.stream().map(p -> p.getFileName().toString()).toList() + "; keep one");
        }
        return Optional.of(new DatasetSource(dataset, files(dataset, candidates.get(0))));
    }

    /** The files of a dataset given as one file or folder, e.g. an external export read through a mapping. */
    public static List<SourceFile> files(Dataset dataset, Path entry) {
        if (!Files.exists(entry)) {
            throw new InputException(entry + ": source of " + dataset.id() + " not found");
        }
        if (Files.isRegularFile(entry)) {
            return List.of(new SourceFile(entry, SourceFormat.of(entry).orElseThrow(() -> new InputException(entry
                    + ": not a dataset file (expected .csv, .jsonl, .ndjson, .json or .parquet)"))));
        }
        Optional<SourceFormat> folderFormat = SourceFormat.of(entry);
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(entry)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !hidden(p)).sorted().toList()) {
                Optional<SourceFormat> format = SourceFormat.of(p).or(() -> folderFormat);
                if (format.isEmpty()) {
                    throw new InputException(p + ": not a dataset file of " + dataset.id()
                            + " (expected .csv, .jsonl, .ndjson, .json or .parquet)");
                }
                files.add(new SourceFile(p, format.get()));
            }
        } catch (IOException e) {
            throw new InputException(entry + " cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException(entry + ": folder of dataset " + dataset.id() + " holds no data file");
        }
        return files;
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc");
    }
}
