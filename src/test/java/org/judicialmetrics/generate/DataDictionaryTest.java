package org.judicialmetrics.generate;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.judicialmetrics.model.Codes;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the hand-written data dictionary in data/README.md in step with the canonical model in code. */
class DataDictionaryTest {

    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("data", "README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyColumnHasARowInItsDatasetsTableWithTypeRequirementAndCodes() {
        for (Dataset dataset : Dataset.values()) {
            String section = section(dataset);
            assertThat(section).as(dataset.id()).contains("`" + dataset.idColumn() + "`")
                    .contains("`" + dataset.periodColumn() + "`");
            for (Column column : dataset.columns()) {
                String row = tableRow(section, column.name());
                assertThat(row).as("%s.%s", dataset.id(), column.name())
                        .contains("| " + column.type().name().toLowerCase() + " |")
                        .contains("| " + (column.required() ? "yes" : "no") + " |");
                column.codes().forEach(code -> assertThat(row).as("%s.%s", dataset.id(), column.name())
                        .contains("`" + code + "`"));
            }
        }
    }

    @Test
    void everyCountTableColumnHasARow() {
        String section = section(CountTableSchema.ID);
        for (Column column : CountTableSchema.columns(TestModel.cn().schema(org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES), TestModel.cn().countBreakdowns())) {
            String row = tableRow(section, column.name());
            assertThat(row).as("%s.%s", CountTableSchema.ID, column.name())
                    .contains("| " + column.type().name().toLowerCase() + " |")
                    .contains("| " + (column.required() ? "yes" : "no") + " |");
            column.codes().forEach(code -> assertThat(row).contains("`" + code + "`"));
        }
        org.judicialmetrics.counts.CountMeasure.names().forEach(measure ->
                assertThat(tableRow(section, "measure")).contains("`" + measure + "`"));
    }

    @Test
    void everyCodeOfEveryCodeListIsDocumented() {
        for (Class<?> codeList : Codes.class.getDeclaredClasses()) {
            Arrays.stream(codeList.getEnumConstants()).map(code -> "`" + ((Enum<?>) code).name() + "`")
                    .forEach(code -> assertThat(readme).as(codeList.getSimpleName()).contains(code));
        }
    }

    @Test
    void explainsTheMultiValueSeparatorAndEveryFaultKind() {
        assertThat(readme).contains("separate their codes with `" + Dataset.MULTI_VALUE_SEPARATOR + "`");
        assertThat(readme).contains("## Synthetic data");
        for (FaultKind kind : FaultKind.values()) {
            assertThat(readme).contains("| `" + kind.name() + "` |");
        }
    }

    private static String section(Dataset dataset) {
        return section(dataset.id());
    }

    private static String section(String id) {
        String heading = "### `" + id + "`";
        int start = readme.indexOf(heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int end = readme.indexOf("\n#", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String tableRow(String section, String column) {
        List<String> rows = section.lines().filter(line -> line.startsWith("|"))
                .filter(line -> line.matches("\\| \\d+ \\| `" + column + "` \\|.*")).toList();
        assertThat(rows).as("table row of " + column).hasSize(1);
        return rows.get(0);
    }
}
