package org.judicialmetrics.generate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/** One row of a canonical dataset as the text it is written as, in the dataset's column order; empty = missing. */
final class CsvRow {

    private static final Map<Dataset, Map<String, Integer>> POSITIONS = positions();

    private final Dataset dataset;
    private final String[] values;
    /** How many of the values are written: all of them, unless the record is cut short (a fault). */
    private int written;

    CsvRow(Dataset dataset) {
        this.dataset = dataset;
        this.values = new String[dataset.columns().size()];
        this.written = values.length;
        Arrays.fill(values, "");
    }

    private CsvRow(Dataset dataset, String[] values, int written) {
        this.dataset = dataset;
        this.values = values;
        this.written = written;
    }

    Dataset dataset() {
        return dataset;
    }

    /** Sets a column; null writes the empty string. */
    CsvRow set(String column, Object value) {
        values[position(column)] = value == null ? "" : value.toString();
        return this;
    }

    String get(String column) {
        return values[position(column)];
    }

    boolean isEmpty(String column) {
        return get(column).isEmpty();
    }

    CsvRow copy() {
        return new CsvRow(dataset, values.clone(), written);
    }

    /** Writes only the first {@code fields} values: a record cut short (1 <= fields <= the column count). */
    CsvRow cutAfter(int fields) {
        if (fields < 1 || fields > values.length) {
            throw new IllegalArgumentException("cannot cut a row of " + values.length + " values after " + fields);
        }
        written = fields;
        return this;
    }

    /** The values as written: every column's, or the first ones of a record cut short. */
    List<String> values() {
        return List.of(values).subList(0, written);
    }

    private int position(String column) {
        Integer position = POSITIONS.get(dataset).get(column);
        if (position == null) {
            throw new IllegalArgumentException(dataset.id() + " has no column " + column);
        }
        return position;
    }

    private static Map<Dataset, Map<String, Integer>> positions() {
        Map<Dataset, Map<String, Integer>> positions = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            Map<String, Integer> byName = new HashMap<>();
            List<Column> columns = dataset.columns();
            for (int i = 0; i < columns.size(); i++) {
                byName.put(columns.get(i).name(), i);
            }
            positions.put(dataset, byName);
        }
        return positions;
    }
}
