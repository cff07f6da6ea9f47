package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;

/**
 * The whole metric table of {@link MetricFixtures#sample} (year 2018, as of 2019-04-10) against the golden file
 * {@code src/test/resources/golden/metric-table.csv}, compared exactly; decimals are written with 12 significant
 * digits so that summation order cannot change the text.
 *
 * <p>After an intended change, regenerate the file and review it as a diff before committing:
 * {@code mvn -o test -Dtest=MetricTableGoldenTest -Dgolden.update=true}.
 */
class MetricTableGoldenTest extends SparkTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/metric-table.csv");
    private static final int MAX_DIFF_LINES = 40;

    @Test
    void wholeTableMatchesTheGoldenFile() throws IOException {
        JobSpec spec = new JobSpec("golden", null, PeriodType.YEAR, null, null, null, null, null, null, null, null, null);
        MetricTable table = MetricEngine.compute(new AcceptedData(MetricFixtures.sample(spark())), spec,
                Period.year(2018), "golden-run", LocalDate.of(2019, 4, 10));
        String actual = csv(table);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(actual).withFailMessage(() -> diff(expected, actual)).isEqualTo(expected);
    }

    private static String csv(MetricTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(MetricTableWriter.SCHEMA.fieldNames()).get())) {
            for (MetricRow r : table.rows()) {
                printer.printRecord(r.jobId(), r.runId(), r.periodType(), r.periodLabel(), r.periodStart(),
                        r.periodEnd(), r.breakdown(), r.breakdownValue(), r.metricId(), text(r.numerator()),
                        text(r.denominator()), decimal(r.value()), decimal(r.ciLow()), decimal(r.ciHigh()),
                        r.flags(), r.status(), r.definitionVersion());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Long v) {
        return v == null ? "" : v.toString();
    }

    private static String decimal(Double v) {
        return v == null ? "" : new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** Lines only in the golden file ({@code -}) and only in the computed table ({@code +}), in file order. */
    private static String diff(String expected, String actual) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        Set<String> inExpected = new HashSet<>(expectedLines);
        Set<String> inActual = new HashSet<>(actualLines);
        List<String> diff = new ArrayList<>();
        expectedLines.stream().filter(l -> !inActual.contains(l)).forEach(l -> diff.add("- " + l));
        actualLines.stream().filter(l -> !inExpected.contains(l)).forEach(l -> diff.add("+ " + l));
        int shown = Math.min(diff.size(), MAX_DIFF_LINES);
        return "metric table differs from " + GOLDEN + " (" + diff.size() + " lines; rerun with -Dgolden.update=true"
                + " if intended):\n" + String.join("\n", diff.subList(0, shown))
                + (diff.size() > shown ? "\n..." : "");
    }
}
