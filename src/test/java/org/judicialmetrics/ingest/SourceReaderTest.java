package org.judicialmetrics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest extends SparkTest {

    @TempDir
    Path dir;

    private static final String HEADER = "record_id,case_id,defendant_ref,region,court_level,proceeding,"
            + "prosecution_type,offense_category,concluded_date,outcome";

    private List<Row> read(Path root, Dataset dataset) {
        DatasetSource source = new DataRoot(root).discover().get(dataset);
        return new SourceReader(spark()).read(source)
                .orderBy(RawColumns.SOURCE_FILE, RawColumns.SOURCE_POSITION).collectAsList();
    }

    private static String value(Row row, String column) {
        return row.getAs(column);
    }

    @Test
    void localPathsLoseOnlyTheFileScheme() {
        assertThat(SourceReader.localPath("file:///data/a.csv")).isEqualTo("/data/a.csv");
        assertThat(SourceReader.localPath("file:/data/a.csv")).isEqualTo("/data/a.csv");
        assertThat(SourceReader.localPath("/data/a.csv")).isEqualTo("/data/a.csv");
        assertThat(SourceReader.localPath("hdfs://nn/data/a.csv")).isEqualTo("hdfs://nn/data/a.csv");
    }

    @Test
    void messyCsvIsReadWithLineNumbers() throws IOException {
        String text = "\uFEFF" + HEADER + "\r\n"
                + "R1,C1,D1,\"Shang, hai\",BASIC,FIRST_INSTANCE,PUBLIC,\"theft\nand fraud\",2020-05-01,CONVICTED\r\n"
                + "\r\n"
                + "  R2 ,C2,D2,Henan,BASIC,FIRST_INSTANCE,PUBLIC,theft,2020-05-02,ACQUITTED,,\r\n"
                + "R3,C3,D3,Henan,BASIC\r\n";
        Files.writeString(dir.resolve("defendant_outcomes.csv"), text, StandardCharsets.UTF_8);
        List<Row> rows = read(dir, DEFENDANT_OUTCOMES);
        assertThat(rows).hasSize(3);
        assertThat(value(rows.get(0), "region")).isEqualTo("Shang, hai");
        assertThat(value(rows.get(0), "offense_category")).isEqualTo("theft\nand fraud");
        assertThat(value(rows.get(0), "court_id")).isNull();
        assertThat((Long) rows.get(0).getAs(RawColumns.SOURCE_POSITION)).isEqualTo(2L);
        assertThat(value(rows.get(1), "record_id")).isEqualTo("R2");
        assertThat((Long) rows.get(1).getAs(RawColumns.SOURCE_POSITION)).as("R2 starts on line 5, after the two-line R1 and a blank line").isEqualTo(5L);
        assertThat((Long) rows.get(2).getAs(RawColumns.SOURCE_POSITION)).isEqualTo(6L);
        assertThat(value(rows.get(1), RawColumns.MALFORMED)).isNull();
        assertThat(value(rows.get(2), RawColumns.MALFORMED)).isEqualTo("has 5 fields where the header has 10");
        assertThat(value(rows.get(2), RawColumns.SOURCE_FILE)).endsWith("defendant_outcomes.csv");
    }

    @Test
    void crOnlyLineEndsAndAnotherColumnOrder() throws IOException {
        String text = "outcome,concluded_date,offense_category,prosecution_type,proceeding,court_level,region,"
                + "defendant_ref,case_id,record_id,unused\r"
                + "CONVICTED,2020-05-01,theft,PUBLIC,FIRST_INSTANCE,BASIC,Henan,D1,C1,R1,x\r"
                + "ACQUITTED,2020-05-02,fraud,PRIVATE,APPEAL,HIGH,Hebei,D2,C2,R2,y\r";
        Files.writeString(dir.resolve("defendant_outcomes.csv"), text);
        List<Row> rows = read(dir, DEFENDANT_OUTCOMES);
        assertThat(rows).extracting(r -> value(r, "record_id")).containsExactly("R1", "R2");
        assertThat(rows).extracting(r -> value(r, "region")).containsExactly("Henan", "Hebei");
        assertThat(rows).extracting(r -> (Long) r.getAs(RawColumns.SOURCE_POSITION)).containsExactly(2L, 3L);
    }

    @Test
    void unclosedQuoteStopsWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("defendant_outcomes.csv"), HEADER + "\n"
                + "R1,C1,D1,Henan,BASIC,FIRST_INSTANCE,PUBLIC,theft,2020-05-01,CONVICTED\n"
                + "R2,C2,D2,\"Henan,BASIC,FIRST_INSTANCE,PUBLIC,theft,2020-05-01,CONVICTED\n");
        assertThatThrownBy(() -> read(dir, DEFENDANT_OUTCOMES))
                .satisfies(e -> assertThat(rootInput(e).getMessage())
                        .contains("defendant_outcomes.csv: line 3: the file ends inside a quoted field"));
    }

    private static Throwable rootInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException) {
                return t;
            }
        }
        return e;
    }

    @Test
    void jsonLinesWithNumbersAndBadLines() throws IOException {
        Files.writeString(dir.resolve("defendant_outcomes.jsonl"), """
                {"record_id": "R1", "case_id": "C1", "region": "Henan", "detention_days": 30, "outcome": "CONVICTED"}

                not json
                [1, 2]
                """);
        List<Row> rows = read(dir, DEFENDANT_OUTCOMES);
        assertThat(rows).hasSize(3);
        assertThat(value(rows.get(0), "detention_days")).isEqualTo("30");
        assertThat((Long) rows.get(1).getAs(RawColumns.SOURCE_POSITION)).isEqualTo(3L);
        assertThat(value(rows.get(1), RawColumns.MALFORMED)).startsWith("is not valid JSON");
        assertThat(value(rows.get(2), RawColumns.MALFORMED)).isEqualTo("is not a JSON object");
    }

    @Test
    void parquetFolderWithRowPositions() throws IOException {
        Path csv = Rows.csv(dir.resolve("src/defendant_outcomes.csv"), DEFENDANT_OUTCOMES,
                List.of(Rows.valid(DEFENDANT_OUTCOMES), Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R2")));
        spark().read().option("header", "true").csv(csv.toString()).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("root/defendant_outcomes.parquet").toString());
        List<Row> rows = read(dir.resolve("root"), DEFENDANT_OUTCOMES);
        assertThat(rows).extracting(r -> value(r, "record_id")).containsExactly("R1", "R2");
        assertThat(rows).extracting(r -> (Long) r.getAs(RawColumns.SOURCE_POSITION)).containsExactly(1L, 2L);
        assertThat(value(rows.get(0), RawColumns.SOURCE_FILE)).startsWith(dir.toString()).endsWith(".parquet");
    }

    @Test
    void folderOfCsvFilesIsOneDataset() throws IOException {
        Rows.csv(dir.resolve("defendant_outcomes/2019.csv"), DEFENDANT_OUTCOMES, List.of(Rows.valid(DEFENDANT_OUTCOMES)));
        Rows.csv(dir.resolve("defendant_outcomes/2020.csv"), DEFENDANT_OUTCOMES,
                List.of(Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R2"), Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R3")));
        Files.writeString(dir.resolve("defendant_outcomes/_SUCCESS"), "");
        assertThat(read(dir, DEFENDANT_OUTCOMES)).extracting(r -> value(r, "record_id")).containsExactly("R1", "R2", "R3");
    }

    @Test
    void missingRequiredColumnNamesFileColumnAndWhatWasFound() throws IOException {
        Files.writeString(dir.resolve("defendant_outcomes.csv"), "record_id,case_id\nR1,C1\n");
        SourceFile file = new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES).files().get(0);
        assertThatThrownBy(() -> FileColumns.check(spark(), new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES), file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("defendant_outcomes.csv: required columns 'defendant_ref', 'region'")
                .hasMessageContaining("found columns: record_id, case_id");
    }

    @Test
    void extraColumnsAreListed() throws IOException {
        Map<String, String> row = Rows.valid(DEFENDANT_OUTCOMES);
        Path f = Rows.csv(dir.resolve("defendant_outcomes.csv"), DEFENDANT_OUTCOMES, List.of(row));
        Files.writeString(f, Files.readString(f).replaceFirst("\n", ",judge_name\n"));
        SourceFile file = new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES).files().get(0);
        assertThat(FileColumns.check(spark(), new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES), file).extra()).containsExactly("judge_name");
    }

    @Test
    void unreadableParquetIsNamed() throws IOException {
        Files.writeString(dir.resolve("defendant_outcomes.parquet"), "this is not parquet");
        SourceFile file = new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES).files().get(0);
        assertThatThrownBy(() -> FileColumns.check(spark(), new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES), file))
                .isInstanceOf(InputException.class).hasMessageContaining("defendant_outcomes.parquet: not a readable Parquet file");
    }

    @Test
    void aDatasetGivenTwiceIsAmbiguous() throws IOException {
        Files.writeString(dir.resolve("defendant_outcomes.csv"), HEADER + "\n");
        Files.writeString(dir.resolve("defendant_outcomes.jsonl"), "{}\n");
        assertThatThrownBy(() -> new DataRoot(dir).discover()).hasMessageContaining("given more than once");
    }
}
