package org.judicialmetrics.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;
import static org.judicialmetrics.model.Dataset.EXCLUSION_MOTIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.judicialmetrics.ingest.RawColumns;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Plausibility;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The row checks, evaluated by Spark on one raw record at a time: each broken rule's reason and message. */
class RowRulesTest extends SparkTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    /** A broken rule as the quarantine reports it. */
    record Violation(Reason reason, String message) {
    }

    /** The rules a record breaks, in order, with the reason code and text the quarantine row gets. */
    private static List<Violation> check(RowRules rules, DatasetSchema schema, String[] values, String malformed) {
        Object[] raw = new Object[values.length + 4];
        System.arraycopy(values, 0, raw, 0, values.length);
        raw[values.length] = "f.csv";
        raw[values.length + 1] = 2L;
        raw[values.length + 2] = malformed;
        List<Column> select = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            Column code = org.apache.spark.sql.functions.col(RowRules.ruleColumn(i));
            select.add(code);
            select.add(org.apache.spark.sql.functions.when(code.isNotNull(), rules.rules().get(i).message()));
        }
        select.add(org.apache.spark.sql.functions.col(DatasetValidator.REASON_CODE));
        select.add(org.apache.spark.sql.functions.col(DatasetValidator.REASON));
        Row row = rules.check(table(RawColumns.schema(schema), raw)).select(select.toArray(Column[]::new)).first();
        List<Violation> out = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            if (!row.isNullAt(2 * i)) {
                out.add(new Violation(Reason.valueOf(row.getString(2 * i)), row.getString(2 * i + 1)));
                messages.add(row.getString(2 * i + 1));
            }
        }
        int last = 2 * rules.rules().size();
        if (malformed == null) {
            // the row's reason code is its first broken rule's, and its reason every message
            assertThat(row.getString(last)).isEqualTo(out.isEmpty() ? null : out.get(0).reason().name());
            assertThat(row.getString(last + 1)).isEqualTo(out.isEmpty() ? null : String.join("; ", messages));
            return out;
        }
        return List.of(new Violation(Reason.valueOf(row.getString(last)), row.getString(last + 1)));
    }

    private static List<Violation> check(Dataset dataset, String... overrides) {
        DatasetSchema schema = DatasetSchema.canonical(dataset);
        return check(new RowRules(schema, AS_OF, CodeSets.canonical(), Plausibility.NONE), schema,
                Rows.values(dataset, Rows.valid(dataset, overrides)), null);
    }

    private static List<Reason> reasons(Dataset dataset, String... overrides) {
        return check(dataset, overrides).stream().map(Violation::reason).toList();
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void aValidRowPasses(Dataset dataset) {
        assertThat(check(dataset)).isEmpty();
    }

    @Test
    void malformedRecordIsReportedAlone() {
        DatasetSchema schema = DatasetSchema.canonical(DEFENDANT_OUTCOMES);
        List<Violation> v = check(new RowRules(schema, AS_OF, CodeSets.canonical(), Plausibility.NONE), schema,
                new String[DEFENDANT_OUTCOMES.columns().size()], "has 3 fields where the header has 15");
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.MALFORMED_RECORD);
        assertThat(v.get(0).message()).contains("3 fields");
    }

    @Test
    void valuesOutsideTheProfilesPlausibilityBoundsAreQuarantined() {
        var cn = org.judicialmetrics.testing.TestModel.cn();
        RowRules rules = new RowRules(cn.schema(CONVICTION_REVIEWS), AS_OF, cn.codes(), cn.plausibility());
        List<Violation> v = check(rules, cn.schema(CONVICTION_REVIEWS), Rows.values(CONVICTION_REVIEWS,
                Rows.valid(CONVICTION_REVIEWS, "original_conviction_date", "1900-05-01", "compensation_amount",
                        "1000000000000000")), null);
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.BAD_DATE, Reason.BAD_NUMBER);
        assertThat(v.get(0).message()).contains("original_conviction_date 1900-05-01 is before the earliest"
                + " plausible date 1949-10-01");
        assertThat(v.get(1).message()).contains("compensation_amount 1000000000000000 is above the plausible maximum"
                + " 1000000000");
        assertThat(check(rules, cn.schema(CONVICTION_REVIEWS), Rows.values(CONVICTION_REVIEWS,
                Rows.valid(CONVICTION_REVIEWS, "original_conviction_date", "1985-05-01", "compensation_amount",
                        "2680000.50")), null)).isEmpty();
        // without bounds (canonical checks only) both pass
        assertThat(reasons(CONVICTION_REVIEWS, "original_conviction_date", "1900-05-01", "compensation_amount",
                "1000000000000000")).isEmpty();
    }

    @Test
    void missingRequiredValueNamesTheColumn() {
        List<Violation> v = check(DEFENDANT_OUTCOMES, "region", "  ");
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.MISSING_VALUE);
        assertThat(v.get(0).message()).contains("region");
    }

    @Test
    void missingOptionalValueIsFine() {
        assertThat(check(DEFENDANT_OUTCOMES, "filed_date", "", "detention_days", "", "court_id", "")).isEmpty();
    }

    @Test
    void unparseableAndImpossibleDatesAreBadDates() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2019-13-45")).containsExactly(Reason.BAD_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2019-02-29")).containsExactly(Reason.BAD_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "12/03/2019")).containsExactly(Reason.BAD_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2020-02-29")).isEmpty();
    }

    @Test
    void datesAfterTheAsOfDateAreFuture() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2025-01-01")).containsExactly(Reason.FUTURE_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2024-12-31")).isEmpty();
    }

    @Test
    void concludedBeforeFiledIsDateOrder() {
        List<Violation> v = check(DEFENDANT_OUTCOMES, "filed_date", "2020-06-01", "concluded_date", "2020-05-31");
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.DATE_ORDER);
        assertThat(v.get(0).message()).isEqualTo("concluded_date 2020-05-31 is before filed_date 2020-06-01");
        assertThat(reasons(EXCLUSION_MOTIONS, "filed_date", "2020-03-02", "decided_date", "2020-03-01"))
                .containsExactly(Reason.DATE_ORDER);
        assertThat(reasons(CONVICTION_REVIEWS, "original_conviction_date", "2017-01-01")).containsExactly(Reason.DATE_ORDER);
    }

    @Test
    void unknownCodesNameTheAllowedOnes() {
        List<Violation> v = check(DEFENDANT_OUTCOMES, "outcome", "ACQUITED");
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.UNKNOWN_CODE);
        assertThat(v.get(0).message()).startsWith("outcome 'ACQUITED' is not one of CONVICTED, ACQUITTED");
        assertThat(reasons(DEFENDANT_OUTCOMES, "court_level", "basic")).containsExactly(Reason.UNKNOWN_CODE);
        assertThat(reasons(CONVICTION_REVIEWS, "grounds", "NEW_EVIDENCE;TORTURE")).containsExactly(Reason.UNKNOWN_CODE);
        assertThat(reasons(CONVICTION_REVIEWS, "grounds", " NEW_EVIDENCE ; OTHER ")).isEmpty();
    }

    @Test
    void numbersMustBeNumbersAndNotNegative() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "-3")).containsExactly(Reason.NEGATIVE_COUNT);
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "thirty")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "3.5")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(EXCLUSION_MOTIONS, "items_excluded", "-1")).containsExactly(Reason.NEGATIVE_COUNT);
        assertThat(reasons(CONVICTION_REVIEWS, "compensation_amount", "-10.5")).containsExactly(Reason.NEGATIVE_COUNT);
        assertThat(reasons(CONVICTION_REVIEWS, "years_in_custody", "1,5")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(CONVICTION_REVIEWS, "major_case", "yes")).containsExactly(Reason.BAD_NUMBER);
    }

    @Test
    void acquittalBasisOnlyWithAcquittal() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "acquittal_basis", "NOT_A_CRIME"))
                .containsExactly(Reason.BASIS_WITHOUT_ACQUITTAL);
        assertThat(reasons(DEFENDANT_OUTCOMES, "outcome", "ACQUITTED", "acquittal_basis", "NOT_A_CRIME")).isEmpty();
    }

    @Test
    void decisionAndDecidedDateMustAgree() {
        assertThat(reasons(EXCLUSION_MOTIONS, "decided_date", "")).containsExactly(Reason.DECISION_DATE_MISMATCH);
        assertThat(reasons(EXCLUSION_MOTIONS, "decision", "PENDING")).containsExactly(Reason.DECISION_DATE_MISMATCH);
        assertThat(reasons(EXCLUSION_MOTIONS, "decision", "PENDING", "decided_date", "", "items_excluded", "")).isEmpty();
    }

    @Test
    void everyViolationIsListedFirstInColumnOrder() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "region", "", "outcome", "X", "detention_days", "-1"))
                .containsExactly(Reason.MISSING_VALUE, Reason.UNKNOWN_CODE, Reason.NEGATIVE_COUNT);
    }

    @Test
    void textIsReadStrictlyAfterItsSurroundingSpacesAreRemoved() {
        assertThat(reasons(DEFENDANT_OUTCOMES, "outcome", "  ACQUITTED ", "acquittal_basis", " NOT_A_CRIME")).isEmpty();
        List<Violation> tab = check(DEFENDANT_OUTCOMES, "outcome", "\tCONVICTED");
        assertThat(tab).extracting(Violation::reason).containsExactly(Reason.UNKNOWN_CODE);
        assertThat(tab.get(0).message()).startsWith("outcome '\tCONVICTED' is not one of");
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2019-1-05")).containsExactly(Reason.BAD_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", "2019-01-05T10:00")).containsExactly(Reason.BAD_DATE);
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "+5")).isEmpty();
        for (String notWhole : List.of("1.0", "1e3", "0x10", "5 days", "٣")) {
            assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", notWhole)).as(notWhole)
                    .containsExactly(Reason.BAD_NUMBER);
        }
        for (String notIso : List.of("2019-01-5 ", "2019/01/05", "+019-01-05", "2019-01-0a", "२०१९-01-05")) {
            assertThat(reasons(DEFENDANT_OUTCOMES, "concluded_date", notIso)).as(notIso)
                    .containsExactly(Reason.BAD_DATE);
        }
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "99999999999")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(DEFENDANT_OUTCOMES, "detention_days", "99999999999999999999"))
                .containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(CONVICTION_REVIEWS, "compensation_amount", "2.5e3")).isEmpty();
        assertThat(reasons(CONVICTION_REVIEWS, "compensation_amount", ".5")).isEmpty();
        assertThat(reasons(CONVICTION_REVIEWS, "compensation_amount", "NaN")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(CONVICTION_REVIEWS, "compensation_amount", "Infinity")).containsExactly(Reason.BAD_NUMBER);
        assertThat(reasons(CONVICTION_REVIEWS, "major_case", " TRUE ")).isEmpty();
    }

    @Test
    void everyUnknownCodeOfAMultiValuedColumnIsNamedOnce() {
        List<Violation> v = check(CONVICTION_REVIEWS, "grounds", "TORTURE; NEW_EVIDENCE ;TORTURE;;");
        assertThat(v).extracting(Violation::reason).containsExactly(Reason.UNKNOWN_CODE);
        assertThat(v.get(0).message()).startsWith("grounds 'TORTURE' is not one of ")
                .contains("; grounds '' is not one of ");
    }

    @Test
    void typedDatesAndWholeNumbersAreCheckedAsTheyAre() {
        DatasetSchema schema = DatasetSchema.canonical(DEFENDANT_OUTCOMES);
        org.apache.spark.sql.types.StructType text = RawColumns.schema(schema);
        org.apache.spark.sql.types.StructType typed = new org.apache.spark.sql.types.StructType(
                java.util.Arrays.stream(text.fields()).map(f -> switch (f.name()) {
                    case "concluded_date", "filed_date" -> f.copy(f.name(),
                            org.apache.spark.sql.types.DataTypes.DateType, true, f.metadata());
                    case "detention_days" -> f.copy(f.name(), org.apache.spark.sql.types.DataTypes.IntegerType, true,
                            f.metadata());
                    default -> f;
                }).toArray(org.apache.spark.sql.types.StructField[]::new));
        String[] values = Rows.values(DEFENDANT_OUTCOMES, Rows.valid(DEFENDANT_OUTCOMES));
        Object[] row = new Object[values.length + 4];
        for (int i = 0; i < values.length; i++) {
            String name = schema.columns().get(i).name();
            row[i] = switch (name) {
                case "filed_date" -> java.sql.Date.valueOf("2025-03-01");
                case "concluded_date" -> java.sql.Date.valueOf("2025-02-01");
                case "detention_days" -> -4;
                default -> values[i];
            };
        }
        row[values.length] = "f.parquet";
        row[values.length + 1] = 2L;
        RowRules rules = new RowRules(schema, typed, AS_OF, CodeSets.canonical(), Plausibility.NONE);
        Row checked = rules.check(table(typed, row))
                .select(DatasetValidator.REASON_CODE, DatasetValidator.REASON).first();
        assertThat(checked.getString(0)).isEqualTo("FUTURE_DATE");
        assertThat(checked.getString(1)).isEqualTo("filed_date 2025-03-01 is after the as-of date 2024-12-31; "
                + "concluded_date 2025-02-01 is after the as-of date 2024-12-31; "
                + "detention_days -4 is negative; expected >= 0; concluded_date 2025-02-01 is before filed_date 2025-03-01");
        row[java.util.stream.IntStream.range(0, values.length).filter(i -> schema.columns().get(i).name()
                .equals("concluded_date")).findFirst().orElseThrow()] = null;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RowRules(schema, AS_OF, CodeSets.canonical(),
                Plausibility.NONE).check(table(typed, row))).as("rules for text refuse typed records")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concluded_date");
        assertThat(rules.check(table(typed, row))
                .select(DatasetValidator.REASON).first().getString(0)).contains("required value concluded_date is empty");
    }
}
