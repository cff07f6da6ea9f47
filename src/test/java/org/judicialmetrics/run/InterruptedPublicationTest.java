package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.publish.KillPoint;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it publishes, between two of its renames (the JVM halted there as SIGKILL would end it, in a real
 * command-line process): the next run of the job, for another period, first finishes that publication, so both roots
 * end exactly as after the same runs uninterrupted: the same metric tables (DuckDB, as bags of rows without run ids)
 * and the same report tables. The kill points: a swap in the restricted root (the public one untouched), one in the
 * middle of the public root's swaps (its partitions swapped, its metric dictionary, period and dashboard not), and,
 * where a root publishes by a commit file, before the public root's commit.
 */
class InterruptedPublicationTest extends SparkTest {

    private static final String JOB = "annual-report";
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    @TempDir
    static Path dir;
    static Path before;
    static Path after;
    static Path reference;

    /** The uninterrupted runs: 2020 on the first data, 2020 again on changed data, then 2019. */
    @BeforeAll
    static void referenceRuns() throws Exception {
        spark();
        before = dir.resolve("data-before");
        after = dir.resolve("data-after");
        new SyntheticGenerator(new GeneratorSettings(1_500, 61, 2019, 2020, false)).generate(before);
        new SyntheticGenerator(new GeneratorSettings(1_600, 62, 2019, 2020, false)).generate(after);
        for (Layout layout : Layout.values()) {
            layout.use(() -> {
                published(run("2020", before, layout.reference()));
                published(run("2020", after, layout.reference()));
                published(run("2019", after, layout.reference()));
            });
        }
    }

    /**
     * How the roots publish: folders swapped by renames (a local disk, HDFS), or releases and a commit file (S3), here
     * on the local disk by {@code judicialmetrics.atomic-rename-schemes} naming only hdfs.
     */
    enum Layout {
        FOLDERS(null), COMMIT("hdfs");

        final String atomicSchemes;

        Layout(String atomicSchemes) {
            this.atomicSchemes = atomicSchemes;
        }

        Path reference() {
            return dir.resolve("reference-" + name().toLowerCase(java.util.Locale.ROOT));
        }

        /** The command line's settings for this layout. */
        List<String> args() {
            return atomicSchemes == null ? List.of() : List.of("--conf", "spark.hadoop." + SCHEMES + "=" + atomicSchemes);
        }

        /** Runs {@code body} with in-process runs publishing in this layout. */
        void use(ThrowingRunnable body) throws Exception {
            org.apache.hadoop.conf.Configuration conf = spark().sparkContext().hadoopConfiguration();
            if (atomicSchemes != null) {
                conf.set(SCHEMES, atomicSchemes);
            }
            try {
                body.run();
            } finally {
                conf.unset(SCHEMES);
            }
        }
    }

    private static final String SCHEMES = "judicialmetrics.atomic-rename-schemes";

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** {@code killAt}: the kill point and its time ({@code publish.swap.<folder>:N}: before folder's N-th swap). */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"FOLDERS, publish.swap.period_label=2020:1, 'public, restricted'",
            "FOLDERS, publish.swap.definitions:1, public",
            "COMMIT, publish.commit:2, public"})
    @Timeout(300)
    void theNextRunFinishesAPublicationKilledHalfWay(Layout layout, String killAt, String notedIn) throws Exception {
        layout.use(() -> killedAndFinished(layout, killAt, notedIn));
    }

    private void killedAndFinished(Layout layout, String killAt, String notedIn) throws Exception {
        // no '=' in the folder's name: DuckDB would read it as a hive partition key
        Path out = dir.resolve("out-" + layout.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + killAt.replaceAll("[^a-z0-9]+", "-"));
        Path reference = layout.reference();
        published(run("2020", before, out));
        List<String> args = new java.util.ArrayList<>(List.of("run", JOB, "--period", "2020", "--as-of",
                AS_OF.toString(), "--data", after.toString(), "--out", out.toString()));
        args.addAll(layout.args());
        try (CliProcess run = CliProcess.start(dir, List.of("-Djudicialmetrics.killAt=" + killAt),
                args.toArray(String[]::new))) {
            int exit = run.waitFor(240);
            assertThat(exit).as("the run halted at %s: %s", killAt, run.stderr()).isEqualTo(KillPoint.KILLED);
        }
        assertThat(notes(out)).as("roots the killed run left a publishing note in")
                .containsExactlyElementsOf(List.of(notedIn.split(", ")));

        RunOutcome next = run("2019", after, out);
        published(next);
        assertThat(next.summary()).as("the next run's summary")
                .anyMatch(l -> l.startsWith("finished the publication of 2020 that run "));
        assertThat(notes(out)).as("publishing notes after the next run").isEmpty();

        for (String root : List.of("public", "restricted")) {
            Path got = (root.equals("public") ? out : TestRuns.restricted(out)).resolve(JOB);
            Path want = (root.equals("public") ? reference : TestRuns.restricted(reference)).resolve(JOB);
            if (layout == Layout.FOLDERS) {
                sameMetricTables(root, got.resolve("metrics"), want.resolve("metrics"));
            } else {
                assertThat(PublishedTables.rowsThroughArchive(spark(), got)).as(root + " metric rows, run ids aside")
                        .hasSizeGreaterThan(1_000).isEqualTo(PublishedTables.rowsThroughArchive(spark(), want));
            }
        }
        for (String period : List.of("2019", "2020")) {
            assertThat(PublishedTables.reportTables(periodDir(out, period))).as(period + " report tables")
                    .isEqualTo(PublishedTables.reportTables(periodDir(reference, period)));
        }
        String page = Files.readString(out.resolve(JOB + "/index.html"));
        for (String period : List.of("2019", "2020")) {
            assertThat(page).as("the archive page links " + period)
                    .contains(out.resolve(JOB).relativize(periodDir(out, period)) + "/index.html");
        }
        assertThat(out.resolve(JOB + "/.staging")).doesNotExist();
        assertThat(out.resolve(JOB + "/.publishing")).doesNotExist();
        assertThat(TestRuns.restricted(out).resolve(JOB + "/.publishing")).doesNotExist();
        try (Stream<Path> left = Files.walk(out.resolve(JOB))) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".previous")).toList())
                    .as("folders set aside by a swap").isEmpty();
        }
    }

    /** Both metric table folders hold the same rows, run ids aside (DuckDB, as bags: EXCEPT ALL both ways). */
    private static void sameMetricTables(String root, Path metrics, Path expected) throws Exception {
        assertThat(PublishedTables.partitions(metrics)).as(root + " partitions")
                .isEqualTo(PublishedTables.partitions(expected));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("create view got as " + PublishedTables.rows(metrics));
            st.execute("create view want as " + PublishedTables.rows(expected));
            assertThat(PublishedTables.count(st, "select count(*) from want")).as(root + " rows")
                    .isGreaterThan(1_000).isEqualTo(PublishedTables.count(st, "select count(*) from got"));
            assertThat(PublishedTables.differences(st, "got", "want")).as(root + ": rows only after the kill")
                    .isEmpty();
            assertThat(PublishedTables.differences(st, "want", "got")).as(root + ": rows only uninterrupted")
                    .isEmpty();
        }
    }

    /** A published period's folder, wherever the root's layout keeps it. */
    private static Path periodDir(Path out, String period) {
        return org.judicialmetrics.publish.JobArchive.of(org.judicialmetrics.storage.Location.local(out.resolve(JOB)))
                .periodDir(period).toLocalPath();
    }

    /** The roots ("public", "restricted") that hold a publishing note. */
    private static List<String> notes(Path out) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        for (Path root : List.of(out, TestRuns.restricted(out))) {
            Path notes = root.resolve(JOB + "/.publishing");
            if (Files.isDirectory(notes)) {
                try (Stream<Path> all = Files.list(notes)) {
                    if (all.findAny().isPresent()) {
                        found.add(root.equals(out) ? "public" : "restricted");
                    }
                }
            }
        }
        return found;
    }

    private static RunOutcome run(String period, Path data, Path out) {
        return new JobRun(Path.of(".")).execute(TestRuns.request(JOB, period, AS_OF, data, out, null, false));
    }

    private static void published(RunOutcome o) {
        assertThat(o.exitCode()).as(String.join("\n", o.summary())).isEqualTo(ExitCode.PUBLISHED);
    }
}
