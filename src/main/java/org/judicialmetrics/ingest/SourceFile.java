package org.judicialmetrics.ingest;

import org.judicialmetrics.storage.Location;

/** One file of a dataset's source, with the format its extension says. */
public record SourceFile(Location path, SourceFormat format) {
}
