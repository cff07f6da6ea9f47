package org.judicialmetrics.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;

/**
 * The files a run is about to publish, each with its size and SHA-256, for its manifest: so that a later
 * {@code --verify} can tell an output that changed or went missing after it was published.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * The staged report files and public Parquet part files of a run, by the path each will have relative to the job
     * folder once the archive publishes them ({@code 2024/tables/x.csv}, {@code metrics/period_type=../..parquet}, or
     * under {@code _releases/<run>/} on an object store), sorted by path.
     *
     * @param reportFiles the staged report folder's files (not the manifest, which cannot hold its own checksum)
     */
    public static List<Manifest.OutputFile> staged(JobArchive archive, String runId, String label, Path stagedPeriod,
                                                   List<String> reportFiles) {
        List<Manifest.OutputFile> files = new ArrayList<>();
        String periodPath = archive.releasedPeriod(runId, label).relativeTo(archive.jobDir());
        for (String rel : reportFiles) {
            Path f = stagedPeriod.resolve(rel);
            try {
                files.add(new Manifest.OutputFile(periodPath + "/" + rel.replace(java.io.File.separatorChar, '/'),
                        Files.size(f), Checksums.sha256(Location.local(f))));
            } catch (IOException e) {
                throw new StorageException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }
        Location staged = archive.stagedMetrics(runId);
        Location released = archive.releasedMetrics(runId);
        for (Location partition : FolderArchive.partitionsUnder(staged).values()) {
            for (Location f : partition.files()) {
                if (f.name().endsWith(".parquet")) {
                    files.add(new Manifest.OutputFile(released.resolve(f.relativeTo(staged)).relativeTo(archive.jobDir()),
                            f.size(), sha256(f)));
                }
            }
        }
        files.sort(java.util.Comparator.comparing(Manifest.OutputFile::path));
        return files;
    }

    /** A file's SHA-256, read through its store; a file that cannot be read is a storage failure naming it. */
    public static String sha256(Location file) {
        try {
            return Checksums.sha256(file);
        } catch (IOException e) {
            throw new StorageException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
