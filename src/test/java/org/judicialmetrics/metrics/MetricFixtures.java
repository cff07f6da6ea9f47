package org.judicialmetrics.metrics;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;

/** Small accepted-data fixtures: rows given as column/value pairs, every other column null, dates as ISO text. */
final class MetricFixtures {
    private MetricFixtures() {
    }

    /** One accepted row of the dataset in its typed schema's column order. */
    static Row row(Dataset dataset, Object... columnValuePairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            String name = (String) columnValuePairs[i];
            if (dataset.column(name).isEmpty()) {
                throw new IllegalArgumentException(dataset.id() + " has no column " + name);
            }
            values.put(name, columnValuePairs[i + 1]);
        }
        Object[] cells = new Object[dataset.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            Column c = dataset.columns().get(i);
            Object v = values.get(c.name());
            cells[i] = c.type() == ColumnType.DATE && v != null ? Date.valueOf((String) v) : v;
        }
        return RowFactory.create(cells);
    }

    static org.apache.spark.sql.Dataset<Row> frame(SparkSession spark, Dataset dataset, List<Row> rows) {
        return spark.createDataFrame(rows, dataset.typedSchema());
    }

    /** An outcome with the given case, defendant, region, prosecution type, date, outcome and acquittal basis. */
    static Row outcome(String id, String caseId, String defendant, String region, String prosecution, String concluded,
            String outcome, String basis) {
        return row(Dataset.DEFENDANT_OUTCOMES, "record_id", id, "case_id", caseId, "defendant_ref", defendant,
                "region", region, "court_level", "BASIC", "proceeding", "FIRST_INSTANCE", "prosecution_type",
                prosecution, "offense_category", "THEFT", "concluded_date", concluded, "outcome", outcome,
                "acquittal_basis", basis);
    }

    /** A motion with the given keys, stage, dates, decision and items excluded. */
    static Row motion(String id, String caseId, String defendant, String stage, String filed, String decided,
            String decision, Integer items) {
        return row(Dataset.EXCLUSION_MOTIONS, "motion_id", id, "case_id", caseId, "defendant_ref", defendant,
                "region", "A", "court_level", "INVESTIGATION".equals(stage) ? null : "BASIC", "stage", stage,
                "applicant", "DEFENSE_COUNSEL", "evidence_type", "CONFESSION", "alleged_method", "TORTURE",
                "filed_date", filed, "decided_date", decided, "decision", decision, "items_excluded", items);
    }

    /** A review with the given dates, result, grounds, custody years, compensation and major-case marker. */
    static Row review(String id, String convicted, String concluded, String result, String grounds, Double years,
            Double compensation, Boolean major) {
        return row(Dataset.CONVICTION_REVIEWS, "review_id", id, "original_case_id", "O" + id, "defendant_ref",
                "D" + id, "region", "A", "court_level", "HIGH", "review_type", "RETRIAL",
                "original_conviction_date", convicted, "review_concluded_date", concluded, "result", result,
                "grounds", grounds, "years_in_custody", years, "compensation_amount", compensation,
                "major_case", major);
    }

    /**
     * The engine test's data, 2011 to 2019, crossing every era and year boundary (values are computed by hand in
     * {@code MetricEngineTest}).
     */
    static Map<Dataset, org.apache.spark.sql.Dataset<Row>> sample(SparkSession spark) {
        return Map.of(
                Dataset.DEFENDANT_OUTCOMES, frame(spark, Dataset.DEFENDANT_OUTCOMES, List.of(
                        outcome("o0", "C0", "D0", "A", "PUBLIC", "2011-05-05", "CONVICTED", null),
                        outcome("o1", "C1", "D1", "A", "PUBLIC", "2012-12-31", "ACQUITTED", "INSUFFICIENT_EVIDENCE"),
                        outcome("o2", "C2", "D2", "B", "PUBLIC", "2012-06-01", "CONVICTED", null),
                        outcome("o3", "C3", "D3", "A", "PUBLIC", "2012-03-01", "PROSECUTION_WITHDRAWN", null),
                        outcome("o4", "C4", "D4", "A", "PRIVATE", "2013-01-01", "CONVICTED", null),
                        outcome("o5", "C5", "D5", null, "PRIVATE", "2013-05-05", "ACQUITTED", "NOT_A_CRIME"),
                        outcome("o6", "C6", "D6", "B", "PUBLIC", "2013-07-07", "EXEMPT_FROM_PUNISHMENT", null),
                        outcome("o7", "C7", "D7", "B", "PUBLIC", "2013-08-08", "TERMINATED", null),
                        outcome("o8", "C8", "D8", "A", "PUBLIC", "2017-06-26", "ACQUITTED", "INSUFFICIENT_EVIDENCE"),
                        outcome("o9", "C9", "D9", "A", "PUBLIC", "2017-06-27", "CONVICTED", null),
                        outcome("o10", "C10", "D10", "B", "PUBLIC", "2017-12-31", "NOT_CRIMINALLY_LIABLE", null),
                        outcome("o11", "C11", "D11", "A", "PUBLIC", "2018-03-03", "ACQUITTED",
                                "INSUFFICIENT_EVIDENCE"),
                        outcome("o12", "C11", "D12", "A", "PUBLIC", "2018-04-04", "CONVICTED", null),
                        outcome("o13", "C13", "D13", "A", "PUBLIC", "2019-01-05", "ACQUITTED", "OTHER"))),
                Dataset.EXCLUSION_MOTIONS, frame(spark, Dataset.EXCLUSION_MOTIONS, List.of(
                        motion("m1", "C11", "D11", "TRIAL", "2018-01-10", "2018-02-20", "GRANTED", 2),
                        motion("m2", "C9", "D9", "INVESTIGATION", "2017-12-01", "2018-01-15", "DENIED", null),
                        motion("m3", "C11", "D12", "TRIAL", "2018-05-01", null, "PENDING", null),
                        motion("m4", "C8", "D8", "PRETRIAL", "2017-06-01", "2017-06-20", "PARTIALLY_GRANTED", 1),
                        motion("m5", "C13", "D13", "TRIAL", "2018-12-31", "2019-01-02", "GRANTED", 5))),
                Dataset.CONVICTION_REVIEWS, frame(spark, Dataset.CONVICTION_REVIEWS, List.of(
                        review("r1", "2000-01-01", "2013-01-01", "OVERTURNED_ACQUITTED",
                                "INSUFFICIENT_EVIDENCE;NEW_EVIDENCE", 10.5, 100000.0, true),
                        review("r2", "2010-07-01", "2012-12-31", "UPHELD", null, null, null, false),
                        review("r3", "2008-01-01", "2018-01-01", "OVERTURNED_MODIFIED", "NEW_EVIDENCE", 4.0, null,
                                null),
                        review("r4", "2016-01-01", "2018-06-30", "OVERTURNED_ACQUITTED",
                                "TRUE_PERPETRATOR_FOUND; INSUFFICIENT_EVIDENCE", null, 5000.0, false))));
    }
}
