package org.judicialmetrics.model;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a canonical dataset: its name, type, whether it is required, its allowed codes and what it means.
 *
 * @param codes allowed codes for {@link ColumnType#CODE} and {@link ColumnType#CODES}; empty otherwise
 */
public record Column(String name, ColumnType type, boolean required, List<String> codes, String meaning)
        implements java.io.Serializable {

    public Column {
        codes = List.copyOf(codes);
    }

    static Column required(String name, ColumnType type, String meaning) {
        return new Column(name, type, true, List.of(), meaning);
    }

    static Column optional(String name, ColumnType type, String meaning) {
        return new Column(name, type, false, List.of(), meaning);
    }

    static Column code(String name, boolean required, Class<? extends Enum<?>> codes, String meaning) {
        return new Column(name, ColumnType.CODE, required, names(codes), meaning);
    }

    static Column codes(String name, boolean required, Class<? extends Enum<?>> codes, String meaning) {
        return new Column(name, ColumnType.CODES, required, names(codes), meaning);
    }

    private static List<String> names(Class<? extends Enum<?>> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }
}
