package org.judicialmetrics.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.judicialmetrics.model.Column;

/**
 * Turns one source record, whose fields are looked up by source column name, into the canonical columns' raw text.
 * Canonical sources are taken by name; a source mapping renames, recodes and reformats.
 */
public interface RecordShaper extends Serializable {

    /**
     * The canonical values in dataset column order, or a reason to drop the record.
     *
     * @param file     the file the record is in (a path or URI)
     * @param position the line it starts on (CSV, JSON Lines) or its 1-based row (Parquet)
     */
    Shaped shape(String file, long position, UnaryOperator<String> field);

    /** The source columns a file must have for this shaper, beyond the dataset's required columns it supplies itself. */
    List<String> requiredSourceColumns();

    /** Whether a file column is used (columns not used are listed in the manifest as ignored). */
    boolean uses(String sourceColumn);

    /**
     * Source columns whose value becomes a canonical column's value as it is (at most renamed), with that column: a
     * typed source value (Parquet, JSON) must be able to mean the column's type.
     */
    Map<String, Column> directSources();

    /** A record shaped: canonical values, or a drop with its stated reason. */
    record Shaped(String[] values, String dropReason) {
        public static Shaped dropped(int width, String reason) {
            return new Shaped(new String[width], reason);
        }
    }

    /** Canonical sources: every canonical column from the source column of the same name. */
    static RecordShaper byName(List<Column> columns) {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        List<String> names = List.copyOf(byName.keySet());
        Map<String, Column> direct = java.util.Collections.unmodifiableMap(byName);
        return new RecordShaper() {
            @Override
            public Shaped shape(String file, long position, UnaryOperator<String> field) {
                String[] values = new String[names.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = field.apply(names.get(i));
                }
                return new Shaped(values, null);
            }

            @Override
            public List<String> requiredSourceColumns() {
                return List.of();
            }

            @Override
            public boolean uses(String sourceColumn) {
                return names.contains(sourceColumn);
            }

            @Override
            public Map<String, Column> directSources() {
                return direct;
            }
        };
    }
}
