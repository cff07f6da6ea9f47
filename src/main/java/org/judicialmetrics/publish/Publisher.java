package org.judicialmetrics.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a finished run's staged outputs into place by renames within one file system, so readers see either the old
 * or the new folder, and a run that fails before this step leaves every published output as it was.
 */
public final class Publisher {

    private Publisher() {
    }

    /** Replaces {@code target} by {@code staged}: the old folder is renamed aside, the new one renamed in, the old one deleted. */
    public static void replace(Path staged, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(target)) {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    /**
     * Moves each Hive partition folder ({@code period_type=../period_label=..}) of a staged Parquet table into the
     * published table, replacing exactly those partitions and no others.
     *
     * @return the partitions replaced, as relative paths
     */
    public static List<String> replacePartitions(Path stagedTable, Path table) throws IOException {
        List<String> replaced = new ArrayList<>();
        if (!Files.isDirectory(stagedTable)) {
            return replaced;
        }
        try (DirectoryStream<Path> types = Files.newDirectoryStream(stagedTable, "period_type=*")) {
            for (Path type : sorted(types)) {
                try (DirectoryStream<Path> labels = Files.newDirectoryStream(type, "period_label=*")) {
                    for (Path label : sorted(labels)) {
                        Path relative = stagedTable.relativize(label);
                        replace(label, table.resolve(relative.toString()));
                        replaced.add(relative.toString());
                    }
                }
            }
        }
        return replaced;
    }

    private static List<Path> sorted(DirectoryStream<Path> stream) {
        List<Path> list = new ArrayList<>();
        stream.forEach(list::add);
        list.sort(null);
        return list;
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
