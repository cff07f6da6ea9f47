package org.judicialmetrics.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How often validation reads its source: the passes are what national-scale data pay for. A pass is a stage that
 * reads input records; the records it reads show whether it read whole rows or only the ids.
 */
class ValidationPassCountTest extends SparkTest {

    @TempDir
    Path dir;

    private final List<Long> passes = new CopyOnWriteArrayList<>();
    private final List<String> plans = new CopyOnWriteArrayList<>();
    private final org.apache.spark.sql.util.QueryExecutionListener queries =
            new org.apache.spark.sql.util.QueryExecutionListener() {
                @Override
                public void onSuccess(String action, org.apache.spark.sql.execution.QueryExecution execution,
                                      long durationNs) {
                    plans.add(execution.executedPlan().toString());
                }

                @Override
                public void onFailure(String action, org.apache.spark.sql.execution.QueryExecution execution,
                                      Exception error) {
                }
            };
    private final SparkListener listener = new SparkListener() {
        @Override
        public void onStageCompleted(SparkListenerStageCompleted stage) {
            long read = stage.stageInfo().taskMetrics().inputMetrics().recordsRead();
            if (read > 0) {
                passes.add(read);
            }
        }
    };

    @BeforeEach
    void listen() {
        spark().sparkContext().addSparkListener(listener);
        spark().listenerManager().register(queries);
    }

    @AfterEach
    void stopListening() {
        spark().sparkContext().removeSparkListener(listener);
        spark().listenerManager().unregister(queries);
    }

    private ValidatedDataset validateParquet(List<Map<String, String>> rows) throws IOException {
        Path csv = Rows.csv(dir.resolve("csv").resolve("defendant_outcomes.csv"), DEFENDANT_OUTCOMES, rows);
        spark().read().option("header", "true").csv(csv.toString()).coalesce(1).write()
                .parquet(dir.resolve("parquet").resolve("defendant_outcomes.parquet").toString());
        awaitListeners();
        passes.clear();
        plans.clear();
        return new DatasetValidator(LocalDate.of(2024, 12, 31)).validate(DatasetSchema.canonical(DEFENDANT_OUTCOMES),
                new SourceReader(spark()).read(new DataRoot(dir.resolve("parquet")).discover()
                        .get(DEFENDANT_OUTCOMES)));
    }

    private static List<Map<String, String>> rows(int n, String... overrides) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R" + i, "defendant_ref", "D" + i));
        }
        if (overrides.length > 0) {
            out.add(Rows.valid(DEFENDANT_OUTCOMES, overrides));
        }
        return out;
    }

    @Test
    void cleanDataAreReadTwiceForTheirCountsOnceMoreForEachUse() throws IOException {
        // enough rows that the id column is a small part of the file
        ValidatedDataset v = validateParquet(rows(5000, "record_id", "R5001", "outcome", "NOPE"));
        awaitListeners();
        assertThat(passes).as("the ids (no repeats: nothing more), then the counts").containsExactly(5001L, 5001L);
        assertThat(plans).as("the ids' pass reads the id column alone (and the row index Spark adds)")
                .anyMatch(plan -> plan.contains("ReadSchema: struct<record_id:string,_tmp_metadata_row_index:bigint>"));
        assertThat(v.counts().accepted()).isEqualTo(5000);
        assertThat(v.counts().quarantinedByReason()).isEqualTo(Map.of("UNKNOWN_CODE", 1L));

        passes.clear();
        assertThat(v.accepted().count()).isEqualTo(5000);
        assertThat(v.quarantine().count()).isEqualTo(1);
        awaitListeners();
        assertThat(passes).as("each use reads the source once more; nothing is cached").containsExactly(5001L, 5001L);
    }

    @Test
    void repeatedIdsCostOnePassMoreToFindWhereEachWasFirstSeen() throws IOException {
        ValidatedDataset v = validateParquet(rows(50, "record_id", "R1", "region", "Hebei"));
        awaitListeners();
        assertThat(sourcePasses(51)).as("the ids, where the repeated ones were first seen, the counts")
                .containsExactly(51L, 51L, 51L);
        assertThat(passes).as("beside them, only reads of the one repeated id kept").allMatch(n -> n == 51 || n == 1);
        assertThat(v.counts().quarantinedByReason()).isEqualTo(Map.of("DUPLICATE_ID", 1L));
    }

    /** The passes that read every row of the source (not the small kept results of earlier passes). */
    private List<Long> sourcePasses(long rows) {
        return passes.stream().filter(n -> n >= rows).toList();
    }

    private static void awaitListeners() {
        try {
            spark().sparkContext().listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
