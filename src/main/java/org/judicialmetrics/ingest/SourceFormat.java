package org.judicialmetrics.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats a dataset can come in, told apart by extension (spec section 2). */
public enum SourceFormat {
    CSV(".csv"), JSON_LINES(".jsonl", ".ndjson", ".json"), PARQUET(".parquet");

    private final String[] extensions;

    SourceFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file or folder name, if its extension is one of ours. */
    public static Optional<SourceFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The name of the dataset a file stands for once its extension is removed. */
    public String stem(String name) {
        for (String ext : extensions) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
