package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's Spark action budget: one collect per dataset, one write; never an action per metric. */
class MetricActionCountTest extends SparkTest {

    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final QueryExecutionListener listener = new QueryExecutionListener() {
        @Override
        public void onSuccess(String action, QueryExecution execution, long durationNs) {
            actions.add(action);
        }

        @Override
        public void onFailure(String action, QueryExecution execution, Exception error) {
            actions.add(action);
        }
    };

    @BeforeEach
    void listen() {
        spark().listenerManager().register(listener);
    }

    @AfterEach
    void stopListening() {
        spark().listenerManager().unregister(listener);
    }

    @Test
    void oneActionPerDatasetAndOneForTheWrite(@TempDir Path out) throws TimeoutException {
        JobSpec spec = new JobSpec("actions", null, PeriodType.YEAR, null, null, null, null, null, null, null, null, null);
        AcceptedData data = new AcceptedData(MetricFixtures.sample(spark()));
        MetricTable table = MetricEngine.compute(data, spec, Period.year(2018), "run", LocalDate.of(2019, 4, 10));
        awaitListeners();
        assertThat(actions).hasSize(3);

        MetricTableWriter.write(spark(), table, org.judicialmetrics.storage.Location.local(out), table.partitionsToWrite(Period.year(2018), false));
        awaitListeners();
        assertThat(actions).hasSize(4);
    }

    private static void awaitListeners() throws TimeoutException {
        spark().sparkContext().listenerBus().waitUntilEmpty();
    }
}
