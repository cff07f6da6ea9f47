package org.judicialmetrics.counts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.judicialmetrics.storage.Location;
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
import org.judicialmetrics.ingest.mapping.PeriodFromPath;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.DatasetSchema;

/**
 * A count table read from CSV, as it is or through a source mapping onto {@code outcome_counts}, with the same parser
 * (byte-order marks, line ends, quoted fields, blank lines) and the same mapping rules as case-level files: one file,
 * or every CSV file below a folder (each file's path below it can give the period), a wide table's columns unpivoted
 * into rows. Count tables are small published aggregates, so they are read on the driver; a row that cannot be split
 * into fields stops the run naming file and line (a count row stands for many records, so a table is never published
 * in part).
 *
 * @param file       the file or folder read
 * @param mapping    the mapping applied, if any
 * @param records    the rows kept, each with its canonical values
 * @param dropped    rows dropped by a rule of the mapping, by stated reason
 * @param ignored    columns of the files that nothing reads (listed in the manifest)
 * @param breakdowns the columns its counts may be broken down by
 * @param readByFile each file read, in path order, with the records it gave (kept or dropped)
 */
public record CountTableFile(Location file, Optional<SourceMapping> mapping, List<CountRecord> records,
                             Map<String, Long> dropped, List<String> ignored, List<String> breakdowns,
                             Map<Location, Long> readByFile) {

    /**
     * One kept row: where it is (its file, line and, when unpivoted, the column its count came from) and its canonical
     * values (null where blank).
     *
     * @param values canonical column -> value
     */
    public record CountRecord(Location file, long line, String column, Map<String, String> values) {

        public CountRecord {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String get(String name) {
            return values.get(name);
        }

        /** "file: line N" (and the source column of an unpivoted count), the start of every message about this row. */
        public String at() {
            return file + ": line " + line + (column == null ? "" : ", column '" + column + "'");
        }

        /** "file: line N: field 'x'". */
        public String where(String field) {
            return at() + ": field '" + field + "'";
        }

        /** A field the row must have, trimmed; a missing one stops the run naming file, line and field. */
        public String required(String field) {
            String v = values.get(field);
            if (v == null || v.isBlank()) {
                throw new InputException(where(field) + ": missing" + ("count".equals(field)
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
        public double count(boolean whole) {
            String text = required("count");
            double value;
            try {
                value = Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || whole && value != Math.rint(value)) {
                throw new InputException(where("count") + ": '" + text + "' is not a " + (whole ? "whole " : "")
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
        readByFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readByFile));
    }

    /** Rows read from the file before any was dropped. */
    public long rowsRead() {
        return records.size() + dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The mapping says the table lists every non-zero cell: in a period it gives, what it leaves out is 0. */
    public boolean complete() {
        return mapping.map(SourceMapping::complete).orElse(false);
    }

    /**
     * Reads a count table (a CSV file, or every CSV file below a folder, in path order); without a mapping its
     * columns are taken by their canonical names.
     *
     * @param breakdowns the columns it may break its counts down by (a job's: {@code jurisdiction} and its
     *                   {@code defendant_outcomes} breakdowns; none for published figures)
     */
    public static CountTableFile read(java.nio.file.Path file, Optional<SourceMapping> mapping, DatasetSchema outcomes,
                                      List<String> breakdowns) {
        return read(Location.local(file), mapping, outcomes, breakdowns);
    }

    /** As {@link #read(java.nio.file.Path, Optional, DatasetSchema, List)}, from any store (globs as Hadoop's). */
    public static CountTableFile read(Location file, Optional<SourceMapping> mapping, DatasetSchema outcomes,
                                      List<String> breakdowns) {
        if (mapping.isPresent() && !mapping.get().countTable()) {
            throw new InputException(file + ": mapping '" + mapping.get().id() + "' produces " + mapping.get().target()
                    + ", not a count table (" + CountTableSchema.ID + ")");
        }
        List<Location> files = files(file);
        List<Column> columns = CountTableSchema.columns(outcomes, breakdowns);
        List<String> names = columns.stream().map(Column::name).toList();
        RecordShaper shaper = mapping.map(m -> m.shaper(columns)).orElseGet(() -> RecordShaper.byName(columns));
        String encoding = mapping.map(SourceMapping::encoding).orElse(SourceMapping.DEFAULT_ENCODING);
        Optional<SourceMapping.Unpivot> unpivot = mapping.map(SourceMapping::unpivot);
        List<String> virtual = unpivot.map(u -> {
            List<String> fields = new ArrayList<>(u.groups());
            fields.add(u.value());
            return fields;
        }).orElse(List.of());
        List<CountRecord> records = new ArrayList<>();
        Map<String, Long> dropped = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        Map<Location, Long> readByFile = new LinkedHashMap<>();
        for (Location f : files) {
            long before = records.size() + dropped.values().stream().mapToLong(Long::longValue).sum();
            List<String> header = header(f, encoding);
            seen.addAll(header);
            List<String> required = mapping.isPresent() ? shaper.requiredSourceColumns()
                    : columns.stream().filter(Column::required).map(Column::name).toList();
            List<String> missing = required.stream().filter(c -> !header.contains(c) && !virtual.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw FileColumns.missingColumns(f, missing, mapping.map(m -> " (named by source mapping '" + m.id()
                        + "')").orElse(" of " + CountTableSchema.ID), header);
            }
            List<String> unpivoted = unpivot.map(u -> header.stream().filter(h -> u.pattern().matcher(h).matches())
                    .toList()).orElse(List.of());
            if (unpivot.isPresent() && unpivoted.isEmpty()) {
                throw new InputException(f + ": no column matches the unpivot pattern '" + unpivot.get().columns()
                        + "' of mapping '" + mapping.get().id() + "'; columns: " + String.join(", ", header));
            }
            header.stream().filter(h -> shaper.uses(h) || unpivoted.contains(h)).forEach(used::add);
            Location root = root(file);
            String relative = root.isDirectory() ? f.relativeTo(root) : f.name();
            readFile(f, relative, encoding, header, shaper, names, unpivot, unpivoted, records, dropped);
            readByFile.put(f, records.size() + dropped.values().stream().mapToLong(Long::longValue).sum() - before);
        }
        List<String> ignored = seen.stream().filter(c -> !used.contains(c)).toList();
        return new CountTableFile(file, mapping, records, dropped, ignored, breakdowns, readByFile);
    }

    /**
     * The CSV files of a count table, sorted by path: the file itself, every {@code .csv} below a folder, or the files
     * a glob matches ({@code cps/20*}{@code /*.csv}, matched by the store as Hadoop matches globs).
     */
    private static List<Location> files(Location file) {
        if (file.isFile()) {
            return List.of(file);
        }
        Location root = root(file);
        if (!root.isDirectory()) {
            throw new InputException(file + ": count table not found");
        }
        List<Location> candidates = root.equals(file) ? root.files() : file.glob();
        List<Location> files = candidates.stream().filter(Location::isFile)
                .filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).sorted().toList();
        if (files.isEmpty()) {
            throw new InputException(file + ": no CSV file " + (root.equals(file) ? "in the folder" : "matches")
                    + "; expected the count table's files");
        }
        return files;
    }

    /** The folder a glob starts from (the part before its first wildcard), or the path itself. */
    private static Location root(Location file) {
        Location root = file;
        while (root.toString().matches(".*[*?\\[{].*") && !root.parent().equals(root)) {
            root = root.parent();
        }
        return root;
    }

    /** The records of one file; an unpivoted file gives one record per matched column of each row. */
    private static void readFile(Location f, String relative, String encoding, List<String> header, RecordShaper shaper,
                                 List<String> names, Optional<SourceMapping.Unpivot> unpivot, List<String> unpivoted,
                                 List<CountRecord> records, Map<String, Long> dropped) {
        TextRecordParser raw = new TextRecordParser(header.size(), RecordShaper.byName(header.stream()
                .map(h -> new Column(h, org.judicialmetrics.model.ColumnType.STRING, false, List.of(), h)).toList()));
        try (InputStream in = f.open()) {
            Iterator<Row> rows = raw.csv(f.toString(), TextRecordParser.open(in, f.toString(), encoding));
            while (rows.hasNext()) {
                Row row = rows.next();
                long line = row.getLong(header.size() + 1);
                String malformed = row.getString(header.size() + 2);
                if (malformed != null) {
                    throw new InputException(f + ": line " + line + ": " + malformed);
                }
                Map<String, String> fields = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), row.getString(i));
                }
                fields.put(PeriodFromPath.PATH_FIELD, relative);
                if (unpivot.isEmpty()) {
                    keep(shaper.shape(f.toString(), line, fields::get), f, line, null, names, records, dropped);
                    continue;
                }
                for (String column : unpivoted) {
                    java.util.regex.Matcher m = unpivot.get().pattern().matcher(column);
                    m.matches();
                    Map<String, String> cell = new java.util.HashMap<>(fields);
                    unpivot.get().groups().forEach(g -> cell.put(g, m.group(g)));
                    cell.put(unpivot.get().value(), fields.get(column));
                    keep(shaper.shape(f.toString(), line, cell::get), f, line, column, names, records, dropped);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(f + ": cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private static void keep(RecordShaper.Shaped shaped, Location f, long line, String column, List<String> names,
                             List<CountRecord> records, Map<String, Long> dropped) {
        if (shaped.dropReason() != null) {
            dropped.merge(shaped.dropReason(), 1L, Long::sum);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), shaped.values()[i]);
        }
        records.add(new CountRecord(f, line, column, values));
    }

    private static List<String> header(Location file, String encoding) {
        try (InputStream in = file.open();
             Reader reader = TextRecordParser.open(in, file.toString(), encoding);
             CSVParser csv = TextRecordParser.CSV.parse(reader)) {
            return csv.getHeaderNames().stream().map(String::strip).toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
    }
}
