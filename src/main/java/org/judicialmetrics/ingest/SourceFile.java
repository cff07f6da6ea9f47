package org.judicialmetrics.ingest;

import java.nio.file.Path;

/** One file of a dataset's source, with the format its extension says. */
public record SourceFile(Path path, SourceFormat format) {
}
