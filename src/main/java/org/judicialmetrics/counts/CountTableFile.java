package org.judicialmetrics.counts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.Row;
import org.judicialmetrics.ingest.FileColumns;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.RecordShaper;
import org.judicialmetrics.ingest.TextRecordParser;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.DatasetSchema;

/**
 * A count table read from CSV, as it is or through a source mapping onto {@code outcome_counts}, with the same parser
 * (byte-order marks, line ends, quoted fields, blank lines) and the same mapping rules as case-level files. Count
 * tables are small published aggregates, so they are read on the driver; a row that cannot be split into fields stops
 * the run naming file and line (a count row stands for many records, so a table is never published in part).
 *
 * @param file    the file read
 * @param mapping the mapping applied, if any
 * @param records the rows kept, each with its canonical values
 * @param dropped rows dropped by a rule of the mapping, by stated reason
 * @param ignored columns of the file that nothing reads (listed in the manifest)
 * @param breakdowns the columns its counts may be broken down by
 */
public record CountTableFile(Path file, Optional<SourceMapping> mapping, List<CountRecord> records,
                             Map<String, Long> dropped, List<String> ignored, List<String> breakdowns) {

    /**
     * One kept row: its line in the file and its canonical values (null where blank).
     *
     * @param values canonical column -> value
     */
    public record CountRecord(long line, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }

        /** "file: line N: field 'x'", the start of every message about this row. */
        public String where(Path file, String field) {
            return file + ": line " + line + ": field '" + field + "'";
        }

        /** A field the row must have, trimmed; a missing one stops the run naming file, line and field. */
        public String required(Path file, String field) {
            String v = values.get(field);
            if (v == null || v.isBlank()) {
                throw new InputException(where(file, field) + ": missing" + ("count".equals(field)
                        ? " (a figure not published is left out of the table, never written as 0)" : ""));
            }
            return v.strip();
        }

        /** A field the row may leave empty, trimmed; empty when missing. */
        public String optional(String field) {
            String v = values.get(field);
            return v == null ? "" : v.strip();
        }

        /**
         * The published figure: a number {@code >= 0}, thousands separators ({@code ,}) allowed.
         *
         * @param whole true where only a whole count makes sense
         */
        public double count(Path file, boolean whole) {
            String text = required(file, "count");
            double value;
            try {
                value = Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || whole && value != Math.rint(value)) {
                throw new InputException(where(file, "count") + ": '" + text + "' is not a " + (whole ? "whole " : "")
                        + "number >= 0");
            }
            return value;
        }
    }

    public CountTableFile {
        records = List.copyOf(records);
        dropped = java.util.Collections.unmodifiableMap(new TreeMap<>(dropped));
        ignored = List.copyOf(ignored);
        breakdowns = List.copyOf(breakdowns);
    }

    /** Rows read from the file before any was dropped. */
    public long rowsRead() {
        return records.size() + dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Reads a count table; without a mapping its columns are taken by their canonical names.
     *
     * @param breakdowns the columns it may break its counts down by (a job's: {@code jurisdiction} and its
     *                   {@code defendant_outcomes} breakdowns; none for published figures)
     */
    public static CountTableFile read(Path file, Optional<SourceMapping> mapping, DatasetSchema outcomes,
                                      List<String> breakdowns) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": count table not found");
        }
        if (mapping.isPresent() && !mapping.get().countTable()) {
            throw new InputException(file + ": mapping '" + mapping.get().id() + "' produces " + mapping.get().target()
                    + ", not a count table (" + CountTableSchema.ID + ")");
        }
        List<Column> columns = CountTableSchema.columns(outcomes, breakdowns);
        List<String> names = columns.stream().map(Column::name).toList();
        RecordShaper shaper = mapping.map(m -> m.shaper(columns)).orElseGet(() -> RecordShaper.byName(columns));
        String encoding = mapping.map(SourceMapping::encoding).orElse(SourceMapping.DEFAULT_ENCODING);
        List<String> header = header(file, encoding);
        List<String> required = mapping.isPresent() ? shaper.requiredSourceColumns()
                : columns.stream().filter(Column::required).map(Column::name).toList();
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw FileColumns.missingColumns(file, missing, mapping.map(m -> " (named by source mapping '" + m.id()
                    + "')").orElse(" of " + CountTableSchema.ID), header);
        }
        List<CountRecord> records = new ArrayList<>();
        Map<String, Long> dropped = new LinkedHashMap<>();
        TextRecordParser parser = new TextRecordParser(names.size(), shaper);
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<Row> rows = parser.csv(file.toString(), TextRecordParser.open(in, file.toString(), encoding));
            while (rows.hasNext()) {
                Row row = rows.next();
                long line = row.getLong(names.size() + 1);
                String malformed = row.getString(names.size() + 2);
                String dropReason = row.getString(names.size() + 3);
                if (malformed != null) {
                    throw new InputException(file + ": line " + line + ": " + malformed);
                }
                if (dropReason != null) {
                    dropped.merge(dropReason, 1L, Long::sum);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), row.getString(i));
                }
                records.add(new CountRecord(line, values));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
        List<String> ignored = header.stream().filter(c -> !shaper.uses(c)).toList();
        return new CountTableFile(file, mapping, records, dropped, ignored, breakdowns);
    }

    private static List<String> header(Path file, String encoding) {
        try (InputStream in = Files.newInputStream(file);
             Reader reader = TextRecordParser.open(in, file.toString(), encoding);
             CSVParser csv = TextRecordParser.CSV.parse(reader)) {
            return csv.getHeaderNames().stream().map(String::strip).toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
    }
}
