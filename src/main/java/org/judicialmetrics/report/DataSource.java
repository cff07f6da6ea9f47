package org.judicialmetrics.report;

import java.util.List;

/** A dataset the run read and the files it came from, named on the report's cover. */
public record DataSource(String dataset, List<SourceFile> files) {

    public DataSource {
        files = List.copyOf(files);
    }

    /** One input file and its row count. */
    public record SourceFile(String name, long rows) {
    }
}
