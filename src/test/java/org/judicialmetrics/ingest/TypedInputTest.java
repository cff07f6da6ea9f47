package org.judicialmetrics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.validate.DatasetValidator;
import org.judicialmetrics.validate.ValidatedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed inputs: Parquet files written by DuckDB and by Spark with DATE and TIMESTAMP columns (with and without time
 * zone; milli-, micro- and nanoseconds) and INT, BIGINT, DOUBLE, DECIMAL and BOOLEAN columns, and JSON Lines numbers
 * and booleans, are accepted as their canonical types. Every value is compared with DuckDB's reading of the same file,
 * dates in a time zone (New York) where UTC midnight falls on the previous day. A type that cannot mean its column
 * stops the run naming the file and the column.
 */
class TypedInputTest extends SparkTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path dir;

    /** Runs DuckDB statements in the given time zone; the last one's rows as first column -> the others as text. */
    private static Map<String, List<String>> duck(String zone, String... sql) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET TimeZone = '" + zone + "'");
            for (int i = 0; i < sql.length - 1; i++) {
                st.execute(sql[i]);
            }
            try (ResultSet rs = st.executeQuery(sql[sql.length - 1])) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 2; c <= n; c++) {
                        values.add(rs.getString(c));
                    }
                    out.put(rs.getString(1), values);
                }
            }
        }
        return out;
    }

    private ValidatedDataset validate(Dataset dataset, Path entry, SourceMapping mapping, ZoneId zone) {
        DatasetSource source = new DatasetSource(dataset, DataRoot.files(dataset, entry), mapping);
        source.files().forEach(f -> FileColumns.check(spark(), source, f));
        return new DatasetValidator(AS_OF).validate(source.schema(), new SourceReader(spark(), zone).read(source));
    }

    /** Accepted rows as id -> the named columns as text. */
    private static Map<String, List<String>> accepted(ValidatedDataset v, String id, String... columns) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Row r : v.accepted().collectAsList()) {
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                Object value = r.getAs(c);
                values.add(value == null ? null : value.toString());
            }
            out.put(r.getAs(id), values);
        }
        return out;
    }

    private static final String OUTCOME_COLUMNS = "'R' || i AS record_id, 'C' || i AS case_id, 'D' || i AS defendant_ref,"
            + " 'Texas' AS region, 'BASIC' AS court_level, 'FIRST_INSTANCE' AS proceeding, 'PUBLIC' AS prosecution_type,"
            + " 'theft' AS offense_category, CASE WHEN i % 3 = 0 THEN 'ACQUITTED' ELSE 'CONVICTED' END AS outcome";

    @Test
    void convictionReviewsWithDateTimestampDoubleDecimalAndBooleanColumns() throws SQLException {
        Path file = dir.resolve("conviction_reviews.parquet");
        duck("UTC", """
                COPY (SELECT 'V' || i AS review_id, 'C' || i AS original_case_id, 'D' || i AS defendant_ref,
                             'Texas' AS region, 'HIGH' AS court_level, 'RETRIAL' AS review_type,
                             DATE '1990-01-01' + CAST(i * 13 AS INTEGER) AS original_conviction_date,
                             TIMESTAMPTZ '2015-01-01 00:00:00+00' + to_minutes(i * 419) AS review_concluded_date,
                             ['OVERTURNED_ACQUITTED', 'UPHELD', 'REMANDED'][i %% 3 + 1] AS result,
                             CAST(i %% 40 AS DOUBLE) / 4 AS years_in_custody,
                             CAST(i * 1234.5 AS DECIMAL(12, 2)) AS compensation_amount,
                             i %% 3 = 0 AS major_case
                      FROM range(300) t(i)) TO '%s' (FORMAT PARQUET)""".formatted(file), "SELECT 1");
        ValidatedDataset v = validate(CONVICTION_REVIEWS, file, null, NEW_YORK);
        assertThat(v.counts().read()).isEqualTo(300);
        assertThat(v.counts().quarantinedByReason()).isEmpty();

        Map<String, List<String>> expected = duck("America/New_York", """
                SELECT review_id, CAST(original_conviction_date AS VARCHAR), CAST(CAST(review_concluded_date AS DATE)
                       AS VARCHAR), result, CAST(years_in_custody AS VARCHAR), CAST(compensation_amount AS VARCHAR),
                       CAST(major_case AS VARCHAR)
                FROM '%s'""".formatted(file));
        Map<String, List<String>> read = accepted(v, "review_id", "original_conviction_date", "review_concluded_date",
                "result", "years_in_custody", "compensation_amount", "major_case");
        assertThat(read.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, want) -> {
            List<String> got = read.get(id);
            assertThat(got.subList(0, 3)).as(id).isEqualTo(want.subList(0, 3));
            assertThat(Double.parseDouble(got.get(3))).as(id).isEqualTo(Double.parseDouble(want.get(3)));
            assertThat(new BigDecimal(got.get(4))).as(id).isEqualByComparingTo(new BigDecimal(want.get(4)));
            assertThat(got.get(5)).as(id).isEqualTo(want.get(5));
        });
        // the zone matters: some instants fall on the day before in New York
        Map<String, List<String>> utc = duck("UTC", "SELECT review_id, CAST(CAST(review_concluded_date AS DATE) AS"
                + " VARCHAR) FROM '%s'".formatted(file));
        long earlier = utc.keySet().stream().filter(id -> !utc.get(id).get(0).equals(read.get(id).get(1))).count();
        assertThat(earlier).isGreaterThan(50);
    }

    @Test
    void timestampsOfEveryUnitWithAndWithoutTimeZoneAndNumbersOfEveryKind() throws SQLException, IOException {
        Path folder = Files.createDirectories(dir.resolve("defendant_outcomes"));
        // DuckDB: TIMESTAMP (micro, no zone), TIMESTAMP_MS, TIMESTAMP_NS, TIMESTAMPTZ; INT, BIGINT, DOUBLE, DECIMAL
        String[][] variants = {
                {"a", "TIMESTAMP", "TIMESTAMP_MS", "INTEGER"},
                {"b", "TIMESTAMP_NS", "TIMESTAMPTZ", "BIGINT"},
                {"c", "TIMESTAMPTZ", "TIMESTAMP", "DOUBLE"},
                {"d", "DATE", "TIMESTAMP_NS", "DECIMAL(10, 0)"}};
        for (String[] v : variants) {
            duck("UTC", """
                    COPY (SELECT 'R%1$s' || i AS record_id, %2$s,
                                 CAST(TIMESTAMPTZ '2019-12-20 00:00:00+00' + to_minutes(i * 300) AS %3$s) AS filed_date,
                                 CAST(TIMESTAMPTZ '2020-12-31 00:00:00+00' + to_minutes(i * 67) AS %4$s) AS concluded_date,
                                 CAST(i %% 90 AS %5$s) AS detention_days
                          FROM range(120) t(i)) TO '%6$s' (FORMAT PARQUET)""".formatted(v[0],
                    OUTCOME_COLUMNS.replace("'R' || i AS record_id, ", ""), v[1], v[2], v[3],
                    folder.resolve(v[0] + ".parquet")), "SELECT 1");
        }
        // Spark: TIMESTAMP_MILLIS with time zone, INT
        spark().conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
        try {
            spark().range(120).selectExpr("concat('Re', id) AS record_id", "concat('C', id) AS case_id",
                            "concat('D', id) AS defendant_ref", "'Texas' AS region", "'BASIC' AS court_level",
                            "'FIRST_INSTANCE' AS proceeding", "'PUBLIC' AS prosecution_type", "'theft' AS offense_category",
                            "IF(id % 3 = 0, 'ACQUITTED', 'CONVICTED') AS outcome",
                            "to_date('2019-12-20') AS filed_date",
                            "timestamp_millis(1609372800000 + id * 67 * 60000) AS concluded_date",
                            "CAST(id % 90 AS INT) AS detention_days")
                    .coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.resolve("spark").toString());
        } finally {
            spark().conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        }
        try (var files = Files.list(dir.resolve("spark"))) {
            Path part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.copy(part, folder.resolve("e.parquet"));
        }
        Map<String, List<String>> expected = new TreeMap<>();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            expected.putAll(duck("America/New_York", """
                    SELECT record_id, CAST(CAST(filed_date AS DATE) AS VARCHAR), CAST(CAST(concluded_date AS DATE)
                           AS VARCHAR), CAST(CAST(detention_days AS INTEGER) AS VARCHAR)
                    FROM '%s'""".formatted(folder.resolve(name + ".parquet"))));
        }
        Map<String, List<String>> schema = duck("UTC", "SELECT name || '.' || file_name, type, logical_type"
                + " FROM parquet_schema('%s/*.parquet') WHERE name LIKE '%%_date'".formatted(folder));
        assertThat(schema.toString()).contains("isAdjustedToUTC=1", "isAdjustedToUTC=0", "MILLIS=MilliSeconds()",
                "MICROS=MicroSeconds()", "NANOS=NanoSeconds()", "DateType()");

        ValidatedDataset v = validate(DEFENDANT_OUTCOMES, folder, null, NEW_YORK);
        assertThat(v.counts().quarantinedByReason()).isEmpty();
        assertThat(v.counts().accepted()).isEqualTo(5 * 120);
        assertThat(accepted(v, "record_id", "filed_date", "concluded_date", "detention_days")).isEqualTo(expected);
    }

    @Test
    void aFolderOfTypedParquetAndTextCsvQuarantinesABadTextDateInsteadOfFailing() throws SQLException, IOException {
        Path folder = Files.createDirectories(dir.resolve("defendant_outcomes"));
        duck("UTC", """
                COPY (SELECT %s, DATE '2020-01-01' + CAST(i AS INTEGER) AS filed_date,
                             DATE '2020-06-01' + CAST(i AS INTEGER) AS concluded_date,
                             CAST(i AS INTEGER) AS detention_days
                      FROM range(20) t(i)) TO '%s' (FORMAT PARQUET)""".formatted(OUTCOME_COLUMNS,
                folder.resolve("a.parquet")), "SELECT 1");
        org.judicialmetrics.testing.Rows.csv(folder.resolve("b.csv"), DEFENDANT_OUTCOMES, List.of(
                org.judicialmetrics.testing.Rows.valid(DEFENDANT_OUTCOMES, "record_id", "X1", "concluded_date",
                        "2020-07-01"),
                org.judicialmetrics.testing.Rows.valid(DEFENDANT_OUTCOMES, "record_id", "X2", "concluded_date",
                        "2019-13-45")));

        ValidatedDataset v = validate(DEFENDANT_OUTCOMES, folder, null, java.time.ZoneOffset.UTC);
        assertThat(v.counts().accepted()).isEqualTo(21);
        assertThat(v.counts().quarantinedByReason()).isEqualTo(Map.of("BAD_DATE", 1L));
        assertThat(accepted(v, "record_id", "concluded_date").get("R3")).containsExactly("2020-06-04");
        assertThat(accepted(v, "record_id", "concluded_date").get("X1")).containsExactly("2020-07-01");
    }

    @Test
    void aMappedParquetFileReadsTypedSourceColumns() throws SQLException, IOException {
        Path file = dir.resolve("export.parquet");
        duck("UTC", """
                COPY (SELECT 'R' || i AS "Record", 'C' || i AS "Case", 'D' || i AS "Ref", 'BASIC' AS court_level,
                             'FIRST_INSTANCE' AS proceeding, 'PUBLIC' AS prosecution_type, 'theft' AS offense_category,
                             i %% 2 = 0 AS "Convicted",
                             TIMESTAMPTZ '2020-12-31 00:00:00+00' + to_minutes(i * 67) AS "Disposed",
                             CAST(i AS DOUBLE) AS "Days", CAST(i %% 4 AS SMALLINT) AS "Region code"
                      FROM range(100) t(i)) TO '%s' (FORMAT PARQUET)""".formatted(file), "SELECT 1");
        SourceMapping mapping = SourceMappingLoader.read(Files.writeString(dir.resolve("typed.json"), """
                {"id": "typed", "target": "defendant_outcomes",
                 "fields": {"record_id": {"from": "Record"}, "case_id": {"from": "Case"},
                            "defendant_ref": {"hash": ["Ref", "Disposed", "Days"]},
                            "region": {"from": "Region code", "codes": {"0": "North", "1": "South", "2": "East", "3": "West"}},
                            "outcome": {"from": "Convicted", "codes": {"true": "CONVICTED", "false": "ACQUITTED"}},
                            "concluded_date": {"from": "Disposed"}, "detention_days": {"from": "Days"}}}"""));
        ValidatedDataset v = validate(DEFENDANT_OUTCOMES, file, mapping, NEW_YORK);
        assertThat(v.counts().quarantinedByReason()).isEmpty();
        Map<String, List<String>> expected = duck("America/New_York", """
                SELECT "Record", CAST(CAST("Disposed" AS DATE) AS VARCHAR), CAST(CAST("Days" AS INTEGER) AS VARCHAR),
                       ['North', 'South', 'East', 'West'][CAST("Region code" AS INTEGER) + 1],
                       IF("Convicted", 'CONVICTED', 'ACQUITTED')
                FROM '%s'""".formatted(file));
        assertThat(accepted(v, "record_id", "concluded_date", "detention_days", "region", "outcome")).isEqualTo(expected);
    }

    @Test
    void aBooleanForADateStopsNamingFileAndColumn() throws SQLException {
        Path file = dir.resolve("defendant_outcomes.parquet");
        duck("UTC", "COPY (SELECT " + OUTCOME_COLUMNS + ", i % 2 = 0 AS concluded_date FROM range(3) t(i)) TO '"
                + file + "' (FORMAT PARQUET)", "SELECT 1");
        DatasetSource source = new DatasetSource(DEFENDANT_OUTCOMES, DataRoot.files(DEFENDANT_OUTCOMES, file));
        assertThatThrownBy(() -> FileColumns.check(spark(), source, source.files().get(0)))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": column 'concluded_date' is BOOLEAN, which cannot be a date");
    }

    @Test
    void aFractionForAWholeNumberStopsNamingFileRowAndColumn() throws SQLException, IOException {
        Path file = dir.resolve("defendant_outcomes.parquet");
        duck("UTC", "COPY (SELECT " + OUTCOME_COLUMNS + ", DATE '2020-01-01' AS concluded_date,"
                + " IF(i = 1, 2.5, 3.0)::DOUBLE AS detention_days FROM range(3) t(i)) TO '" + file + "' (FORMAT PARQUET)",
                "SELECT 1");
        assertThatThrownBy(() -> validate(DEFENDANT_OUTCOMES, file, null, NEW_YORK))
                .satisfies(e -> assertThat(input(e).getMessage())
                        .isEqualTo(file + ": row 2: column 'detention_days' is DOUBLE 2.5, which cannot be a whole number"));
        SourceMapping mapping = SourceMappingLoader.read(Files.writeString(dir.resolve("days.json"), """
                {"id": "days", "target": "defendant_outcomes", "fields": {"detention_days": {"from": "Days"},
                 "concluded_date": {"from": "Disposed"}}}"""));
        Path mapped = dir.resolve("mapped.parquet");
        duck("UTC", "COPY (SELECT " + OUTCOME_COLUMNS + ", DATE '2020-01-01' AS \"Disposed\","
                + " IF(i = 2, 0.5, 3)::DECIMAL(4, 1) AS \"Days\" FROM range(3) t(i)) TO '" + mapped + "' (FORMAT PARQUET)",
                "SELECT 1");
        assertThatThrownBy(() -> validate(DEFENDANT_OUTCOMES, mapped, mapping, NEW_YORK))
                .satisfies(e -> assertThat(input(e).getMessage()).isEqualTo(mapped + ": row 3: column 'Days' is"
                        + " DECIMAL(4,1) 0.5, which cannot be a whole number (it fills detention_days)"));
        Path bool = dir.resolve("bool.parquet");
        duck("UTC", "COPY (SELECT " + OUTCOME_COLUMNS + ", DATE '2020-01-01' AS \"Disposed\", true AS \"Days\""
                + " FROM range(3) t(i)) TO '" + bool + "' (FORMAT PARQUET)", "SELECT 1");
        DatasetSource source = new DatasetSource(DEFENDANT_OUTCOMES, DataRoot.files(DEFENDANT_OUTCOMES, bool), mapping);
        assertThatThrownBy(() -> FileColumns.check(spark(), source, source.files().get(0)))
                .hasMessage(bool + ": column 'Days' is BOOLEAN, which cannot be a whole number (it fills detention_days)");
    }

    private static Throwable input(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException) {
                return t;
            }
        }
        return e;
    }

    @Test
    void jsonNumbersAndBooleansAreReadAsTheColumnsTheyFill() throws IOException {
        Path file = Files.writeString(dir.resolve("conviction_reviews.jsonl"), """
                {"review_id": 1, "original_case_id": "C1", "defendant_ref": "D1", "region": "Texas", "court_level": "HIGH", "review_type": "RETRIAL", "original_conviction_date": "1999-01-02", "review_concluded_date": "2010-03-04", "result": "UPHELD", "years_in_custody": 1.50, "compensation_amount": 1e6, "major_case": true}
                {"review_id": 2.0, "original_case_id": "C2", "defendant_ref": "D2", "region": "Texas", "court_level": "HIGH", "review_type": "RETRIAL", "original_conviction_date": "1999-01-02", "review_concluded_date": "2010-03-04", "result": "UPHELD", "years_in_custody": 3, "compensation_amount": 12345678901234567890, "major_case": false}
                """);
        ValidatedDataset v = validate(CONVICTION_REVIEWS, file, null, NEW_YORK);
        assertThat(v.counts().quarantinedByReason()).isEmpty();
        Map<String, List<String>> read = accepted(v, "review_id", "years_in_custody", "compensation_amount", "major_case");
        assertThat(read).isEqualTo(Map.of("1", List.of("1.5", "1000000.0", "true"),
                "2", List.of("3.0", "1.2345678901234567E19", "false")));

        Path bad = Files.writeString(dir.resolve("defendant_outcomes.jsonl"), """
                {"record_id": "R1", "case_id": "C1", "defendant_ref": "D1", "region": "X", "court_level": "BASIC", "proceeding": "APPEAL", "prosecution_type": "PUBLIC", "offense_category": "theft", "concluded_date": "2020-01-01", "outcome": "CONVICTED", "detention_days": 4.0}

                {"record_id": "R2", "case_id": "C1", "defendant_ref": "D1", "region": "X", "court_level": "BASIC", "proceeding": "APPEAL", "prosecution_type": "PUBLIC", "offense_category": "theft", "concluded_date": "2020-01-01", "outcome": "CONVICTED", "detention_days": 4.5}
                """);
        assertThatThrownBy(() -> validate(DEFENDANT_OUTCOMES, bad, null, NEW_YORK)).satisfies(e -> assertThat(
                input(e).getMessage()).isEqualTo(bad + ": line 3: column 'detention_days' is the JSON number 4.5,"
                        + " which cannot be a whole number"));
        Files.writeString(bad, Files.readString(bad).replace("4.5", "3").replace("\"2020-01-01\", \"outcome\": \"CONVICTED\","
                + " \"detention_days\": 4.0", "true, \"outcome\": \"CONVICTED\", \"detention_days\": 4.0"));
        assertThatThrownBy(() -> validate(DEFENDANT_OUTCOMES, bad, null, NEW_YORK)).satisfies(e -> assertThat(
                input(e).getMessage()).isEqualTo(bad + ": line 1: column 'concluded_date' is the JSON boolean true,"
                        + " which cannot be a date"));
        Map<String, String> four = new HashMap<>();
        Files.writeString(bad, Files.readString(bad).replace("true,", "\"2020-01-01\","));
        validate(DEFENDANT_OUTCOMES, bad, null, NEW_YORK).accepted().collectAsList()
                .forEach(r -> four.put(r.getAs("record_id"), String.valueOf((Object) r.getAs("detention_days"))));
        assertThat(four).isEqualTo(Map.of("R1", "4", "R2", "3"));
    }
}
