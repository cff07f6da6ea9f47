package org.judicialmetrics.report;

import java.util.List;

/**
 * A dataset the run read and the files it came from, named on the report's cover.
 *
 * @param counted true when the dataset came from a count table (published counts, not case-level rows)
 */
public record DataSource(String dataset, List<SourceFile> files, boolean counted) {

    public DataSource {
        files = List.copyOf(files);
    }

    /** A dataset read from case-level files. */
    public DataSource(String dataset, List<SourceFile> files) {
        this(dataset, files, false);
    }

    /** One input file and its row count. */
    public record SourceFile(String name, long rows) {
    }
}
