package org.judicialmetrics.validate;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetValidatorTest extends SparkTest {

    @TempDir
    Path dir;

    private ValidatedDataset validate(Dataset dataset, List<Map<String, String>> rows) throws IOException {
        Rows.csv(dir.resolve(dataset.id() + ".csv"), dataset, rows);
        return new DatasetValidator(LocalDate.of(2024, 12, 31))
                .validate(org.judicialmetrics.model.DatasetSchema.canonical(dataset), new SourceReader(spark()).read(new DataRoot(dir).discover().get(dataset)));
    }

    @Test
    void duplicatesKeepTheFirstAndNameIt() throws IOException {
        ValidatedDataset v = validate(DEFENDANT_OUTCOMES, List.of(
                Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R1"),
                Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R2"),
                Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R1", "region", "Hebei"),
                Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R1", "outcome", "NOPE")));
        assertThat(v.counts()).isEqualTo(new ValidationCounts(4, 2, Map.of("DUPLICATE_ID", 1L, "UNKNOWN_CODE", 1L), Map.of(dir.resolve("defendant_outcomes.csv").toString(), 4L), LocalDate.of(2020, 5, 1)));
        assertThat(v.accepted().orderBy("record_id").collectAsList())
                .extracting(r -> r.getAs("record_id") + "/" + r.getAs("region"))
                .containsExactly("R1/Henan", "R2/Henan");
        Row dup = v.quarantine().filter("reason_code = 'DUPLICATE_ID'").collectAsList().get(0);
        assertThat((Long) dup.getAs("source_position")).isEqualTo(4L);
        assertThat((String) dup.getAs("reason")).startsWith("record_id 'R1' duplicates the row at ")
                .endsWith("defendant_outcomes.csv line 2");
        assertThat((String) dup.getAs("region")).isEqualTo("Hebei");
    }

    @Test
    void quarantinedRowsKeepFileLineReasonAndRawValues() throws IOException {
        ValidatedDataset v = validate(DEFENDANT_OUTCOMES, List.of(
                Rows.valid(DEFENDANT_OUTCOMES),
                Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R2", "concluded_date", "2019-13-45")));
        List<Row> q = v.quarantine().collectAsList();
        assertThat(q).hasSize(1);
        assertThat((String) q.get(0).getAs("dataset")).isEqualTo("defendant_outcomes");
        assertThat((String) q.get(0).getAs("reason_code")).isEqualTo("BAD_DATE");
        assertThat((String) q.get(0).getAs("concluded_date")).isEqualTo("2019-13-45");
        assertThat((Long) q.get(0).getAs("source_position")).isEqualTo(3L);
    }

    @Test
    void acceptedRowsAreTyped() throws IOException {
        ValidatedDataset v = validate(CONVICTION_REVIEWS, List.of(
                Rows.valid(CONVICTION_REVIEWS, "grounds", " NEW_EVIDENCE ; OTHER "),
                Rows.valid(CONVICTION_REVIEWS, "review_id", "V2", "grounds", "", "major_case", "FALSE",
                        "years_in_custody", "")));
        assertThat(v.accepted().schema()).isEqualTo(CONVICTION_REVIEWS.typedSchema());
        List<Row> rows = v.accepted().orderBy("review_id").collectAsList();
        assertThat((String) rows.get(0).getAs("grounds")).isEqualTo("NEW_EVIDENCE;OTHER");
        assertThat((java.sql.Date) rows.get(0).getAs("review_concluded_date"))
                .isEqualTo(java.sql.Date.valueOf("2016-12-02"));
        assertThat((Double) rows.get(0).getAs("compensation_amount")).isEqualTo(2680000.50);
        assertThat((Boolean) rows.get(0).getAs("major_case")).isTrue();
        assertThat((String) rows.get(1).getAs("grounds")).isNull();
        assertThat((Boolean) rows.get(1).getAs("major_case")).isFalse();
        assertThat((Double) rows.get(1).getAs("years_in_custody")).isNull();
    }

    @Test
    void missingJurisdictionIsTheProfiles() throws IOException {
        Rows.csv(dir.resolve("defendant_outcomes.csv"), DEFENDANT_OUTCOMES,
                List.of(Rows.valid(DEFENDANT_OUTCOMES, "jurisdiction", "")));
        ValidatedDataset v = new DatasetValidator(LocalDate.of(2024, 12, 31), TestModel.cn().codes(),
                TestModel.cn().jurisdiction(), TestModel.cn().plausibility()).validate(TestModel.cn().schema(DEFENDANT_OUTCOMES),
                        new SourceReader(spark()).read(new DataRoot(dir).discover().get(DEFENDANT_OUTCOMES)));
        assertThat((String) v.accepted().first().getAs("jurisdiction")).isEqualTo("CN");
        assertThat((Integer) v.accepted().first().getAs("detention_days")).isEqualTo(30);
    }
}
