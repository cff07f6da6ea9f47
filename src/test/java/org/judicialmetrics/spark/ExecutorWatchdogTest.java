package org.judicialmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.judicialmetrics.spec.SpecException;
import org.junit.jupiter.api.Test;

/** The watchdog's rule on a clock of its own: it cancels only jobs that waited the whole time with no executor. */
class ExecutorWatchdogTest {

    private int jobs;
    private int executors;
    private long now;
    private final List<String> cancelled = new ArrayList<>();
    private final ExecutorWatchdog dog = new ExecutorWatchdog(() -> jobs, () -> executors, () -> now,
            Duration.ofSeconds(30), cancelled::add);

    private void at(long seconds) {
        now = seconds * 1_000_000_000L;
        dog.check();
    }

    @Test
    void cancelsJobsThatWaitedTheWholeTimeWithoutAnExecutor() {
        jobs = 1;
        at(0);
        at(29);
        assertThat(cancelled).isEmpty();
        at(30);
        assertThat(cancelled).containsExactly("no executor was available for 30 s while the run's Spark jobs waited");
    }

    @Test
    void anExecutorOrNoJobInTheMeantimeStartsTheWaitAgain() {
        jobs = 1;
        at(0);
        executors = 1;
        at(20); // an executor came back: the wait ends
        executors = 0;
        at(25);
        at(54);
        jobs = 0;
        at(56); // no job waits: an idle driver without executors is fine (dynamic allocation gives them back)
        jobs = 1;
        at(57);
        at(86);
        assertThat(cancelled).isEmpty();
        at(87);
        assertThat(cancelled).hasSize(1);
    }

    @Test
    void aJobItCancelledIsReportedInOurWordsWithoutSparksJobNumber() {
        SparkException spark = new SparkException("Job 7 cancelled because no executor was available for 30 s while"
                + " the run's Spark jobs waited SQLSTATE: XXKDA");
        assertThat(ExecutorWatchdog.reason(new RuntimeException("wrapped", spark))).hasValue("the Spark job failed:"
                + " no executor was available for 30 s while the run's Spark jobs waited (the cluster lost its"
                + " workers, or has none free for this application); see the cluster's logs, then run again;"
                + " spark.judicialmetrics.executorWait sets how long to wait");
        assertThat(ExecutorWatchdog.reason(new SparkException("Job 7 cancelled"))).isEmpty();
    }

    @Test
    void theWaitIsATimeAndAnythingElseIsReportedAsASetting() {
        assertThat(ExecutorWatchdog.waitOf(new SparkConf(false))).isEqualTo(Duration.ofMinutes(5));
        assertThat(ExecutorWatchdog.waitOf(new SparkConf(false).set(ExecutorWatchdog.SETTING, "90s")))
                .isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> ExecutorWatchdog.waitOf(new SparkConf(false).set(ExecutorWatchdog.SETTING, "soon")))
                .isInstanceOf(SpecException.class).hasMessage("spark.judicialmetrics.executorWait is 'soon'; expected"
                        + " a time such as 90s or 5min");
    }
}
