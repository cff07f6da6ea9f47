package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional Parquet copy: what dashboards would read must hold the same rows with the typed schema. */
class SyntheticParquetTest extends SparkTest {

    @TempDir
    Path out;

    @Test
    void parquetCopyHasTheTypedSchemaEveryRowAndOneFilePerDataset() throws IOException {
        GenerationReport report = GeneratedFiles.generate(out, 5_000, 3, false);

        SyntheticGenerator.writeParquet(spark(), out);

        for (Dataset dataset : Dataset.values()) {
            Path folder = SyntheticGenerator.parquetFolder(out, dataset);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith(".parquet"))).hasSize(1);
            }
            org.apache.spark.sql.Dataset<Row> copy = spark().read().parquet(folder.toString());
            assertThat(copy.schema()).isEqualTo(dataset.typedSchema());
            assertThat(copy.count()).as(dataset.id()).isEqualTo(report.rows().get(dataset.id()));
        }
        long acquittedWithBasis = spark().read().parquet(
                        SyntheticGenerator.parquetFolder(out, Dataset.DEFENDANT_OUTCOMES).toString())
                .where("outcome = 'ACQUITTED' and acquittal_basis is not null and concluded_date is not null").count();
        assertThat(acquittedWithBasis).isPositive();
    }
}
