package org.judicialmetrics.counts;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.metrics.AcceptedData;
import org.judicialmetrics.metrics.MetricEngine;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.MetricTable;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Count tables through the metric engine: a figure the table does not give is {@code x} (never zero), a change of a
 * denominator's definition is {@code b}, an adjudicated total is not counted twice, and a mapped export of a
 * statistics portal gives the same figures as a table in canonical form.
 */
class OutcomeCountsTest extends SparkTest {

    private static final JobSpec SPEC =
            new JobSpec("counts", null, PeriodType.YEAR, null, null, null, null, null, null, null, null, null);

    @TempDir
    Path dir;

    private MetricTable compute(String csv, Optional<SourceMapping> mapping) throws IOException {
        return compute(csv, mapping, SPEC, Period.parse("2020"));
    }

    private MetricTable compute(String csv, Optional<SourceMapping> mapping, JobSpec spec, Period run)
            throws IOException {
        Path file = Files.writeString(dir.resolve("outcome_counts.csv"), csv);
        OutcomeCounts.Table t = OutcomeCounts.read(spark(), CountTableFile.read(file, mapping, spec.model().schema(org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES), spec.model().countBreakdowns()), spec.granularity(),
                OutcomeCounts.Shape.of(spec.model()));
        return MetricEngine.compute(new AcceptedData(t.frames(), t.coverage()), spec, run, "run",
                LocalDate.of(2030, 1, 1));
    }

    @Test
    void aQuarterlyJobReadsQuarterlyCounts() throws IOException {
        JobSpec quarterly = new JobSpec("q", null, PeriodType.QUARTER, null, null, null, null, null, null, null,
                null, null);
        MetricTable t = compute("""
                period,measure,count
                2020-Q1,ADJUDICATED,400
                2020-Q1,ACQUITTED,2
                2020-Q2,ACQUITTED,1
                """, Optional.empty(), quarterly, Period.parse("2020-Q2"));

        assertThat(row(t, "acquittal_rate", "quarter", "2020-Q1").value()).isCloseTo(0.005, within(1e-12));
        assertThat(row(t, "acquittal_rate", "quarter", "2020-Q2").flags()).contains("x");
        assertThat(row(t, "acquittals", "quarter", "2020-Q2").value()).isEqualTo(1.0);
        assertThat(t.rows()).noneMatch(r -> r.periodType().equals("year"));
    }

    @Test
    void rowsOfOneCellArePartsAndAreAdded() throws IOException {
        // a GROUP BY export: two source codes mapped to one code, and a column the job does not break down by (race)
        SourceMapping mapping = SourceMappingLoader.read(Files.writeString(dir.resolve("county.json"), """
                {"id": "county", "target": "outcome_counts",
                 "fields": {"period": {"from": "year"}, "count": {"from": "n"},
                   "measure": {"from": "disposition", "codes": {"Guilty plea": "CONVICTED", "Guilty verdict": "CONVICTED",
                     "Not guilty": "ACQUITTED", "Exempt": "EXEMPT_FROM_PUNISHMENT", "NCL": "NOT_CRIMINALLY_LIABLE"}}}}
                """));
        MetricTable t = compute("""
                year,disposition,race,n
                2020,Guilty plea,Black,40
                2020,Guilty plea,White,50
                2020,Guilty verdict,Black,5
                2020,Not guilty,Black,3
                2020,Not guilty,White,2
                2020,Exempt,White,0
                2020,NCL,White,0
                """, Optional.of(mapping));
        assertThat(year(t, "defendants_adjudicated", 2020).value()).isEqualTo(100.0);
        assertThat(year(t, "acquittals", 2020).value()).isEqualTo(5.0);
        assertThat(year(t, "acquittal_rate", 2020).denominator()).isEqualTo(100L);
    }

    @Test
    void codesTheJurisdictionDoesNotHaveCountAsZeroAndAMetricOfThemAloneIsNotApplicable() throws IOException {
        // a US county's export: no exemption, "not criminally liable" or terminated outcome exists there (us profile),
        // so the export never gives them, and the figures made of them still are given
        Path spec = Files.writeString(dir.resolve("county-job.json"), """
                {"id": "county", "granularity": "year", "profile": "us",
                 "metrics": [{"id": "exemptions", "dataset": "defendant_outcomes",
                              "numerator": {"outcome": ["EXEMPT_FROM_PUNISHMENT"]}}]}
                """);
        SourceMapping mapping = SourceMappingLoader.read(Files.writeString(dir.resolve("county.json"), """
                {"id": "county", "target": "outcome_counts",
                 "fields": {"period": {"from": "year"}, "count": {"from": "n"},
                   "measure": {"from": "disposition", "codes": {"Guilty plea": "CONVICTED", "Guilty verdict": "CONVICTED",
                     "Not guilty": "ACQUITTED", "Dismissed": "DISMISSED", "Diverted": "DIVERTED",
                     "Nolle prosequi": "PROSECUTION_WITHDRAWN"}}}}
                """));
        MetricTable t = compute("""
                year,disposition,race,n
                2020,Guilty plea,Black,40
                2020,Guilty plea,White,50
                2020,Guilty verdict,White,10
                2020,Not guilty,Black,3
                2020,Not guilty,White,7
                2020,Dismissed,Black,20
                2020,Diverted,White,5
                2020,Nolle prosequi,White,5
                """, Optional.of(mapping), org.judicialmetrics.spec.JobSpecLoader.read(spec), Period.parse("2020"));
        MetricRow acquittalRate = year(t, "acquittal_rate", 2020);
        assertThat(acquittalRate.numerator()).isEqualTo(10L);
        assertThat(acquittalRate.denominator()).isEqualTo(110L);
        assertThat(year(t, "conviction_rate", 2020).numerator()).isEqualTo(100L);
        assertThat(year(t, "conviction_rate", 2020).denominator()).isEqualTo(140L);
        assertThat(year(t, "dismissal_rate", 2020).numerator()).isEqualTo(25L);
        assertThat(year(t, "dismissal_rate", 2020).value()).isCloseTo(25.0 / 140, within(1e-12));
        // the race column, which this mapping does not read, only splits cells: its rows are parts, not breakdowns
        assertThat(t.rows("year", "2020", "race_ethnicity", "Black")).isEmpty();
        MetricRow exemptions = year(t, "exemptions", 2020);
        assertThat(exemptions.value()).isNull();
        assertThat(exemptions.flags()).isEqualTo("z");
    }

    @Test
    void aCompleteExportGivesZeroForTheCellsItLeavesOut() throws IOException {
        SourceMapping mapping = SourceMappingLoader.read(Files.writeString(dir.resolve("groupby.json"), """
                {"id": "groupby", "target": "outcome_counts", "complete": true,
                 "fields": {"period": {"from": "year"}, "count": {"from": "n"}, "measure": {"from": "outcome"},
                   "region": {"from": "area"}}}
                """));
        MetricTable t = compute("""
                year,outcome,area,n
                2018,CONVICTED,North,10
                2020,CONVICTED,North,90
                2020,ACQUITTED,North,10
                2020,CONVICTED,South,50
                """, Optional.of(mapping));
        // South has no acquittal row and nobody is exempt or not liable anywhere: zeros, not "not published"
        assertThat(year(t, "acquittal_rate", 2020).numerator()).isEqualTo(10L);
        assertThat(year(t, "acquittal_rate", 2020).denominator()).isEqualTo(150L);
        MetricRow south = t.rows("year", "2020", "region", "South").stream()
                .filter(r -> r.metricId().equals("acquittal_rate")).findFirst().orElseThrow();
        assertThat(south.numerator()).isZero();
        assertThat(south.flags()).doesNotContain("x");
        // a year the export does not give at all is still not available
        assertThat(year(t, "acquittal_rate", 2019).flags()).contains("x");
    }

    @Test
    void aCountTableBreaksDownByTheJobsDeclaredBreakdowns() throws IOException {
        Path spec = Files.writeString(dir.resolve("by-sex.json"), """
                {"id": "by-sex", "granularity": "year",
                 "breakdowns": {"defendant_outcomes": ["region", {"column": "sex", "values": ["FEMALE", "MALE"]}]}}
                """);
        MetricTable t = compute("""
                period,measure,sex,count
                2020,CONVICTED,FEMALE,90
                2020,ACQUITTED,FEMALE,10
                2020,CONVICTED,MALE,380
                2020,ACQUITTED,MALE,20
                2020,EXEMPT_FROM_PUNISHMENT,FEMALE,0
                2020,EXEMPT_FROM_PUNISHMENT,MALE,0
                2020,NOT_CRIMINALLY_LIABLE,FEMALE,0
                2020,NOT_CRIMINALLY_LIABLE,MALE,0
                """, Optional.empty(), org.judicialmetrics.spec.JobSpecLoader.read(spec), Period.parse("2020"));

        MetricRow female = t.rows("year", "2020", "sex", "FEMALE").stream()
                .filter(r -> r.metricId().equals("acquittal_rate")).findFirst().orElseThrow();
        assertThat(female.numerator()).isEqualTo(10L);
        assertThat(female.denominator()).isEqualTo(100L);
        assertThat(year(t, "acquittal_rate", 2020).denominator()).isEqualTo(500L);
        // the table gives no region: no rows by region rather than one 'unknown' region
        assertThat(t.rows("year", "2020", "region", "unknown")).isEmpty();
    }

    private static MetricRow row(MetricTable table, String metric, String type, String label) {
        return table.rows(type, label, "all", "all").stream().filter(r -> r.metricId().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric + " " + type + " " + label));
    }

    private static MetricRow year(MetricTable table, String metric, int year) {
        return row(table, metric, "year", Integer.toString(year));
    }

    @Test
    void aYearWithoutItsDenominatorIsNotAvailableAndKeepsItsCount() throws IOException {
        MetricTable t = compute("""
                period,measure,count
                2018,ADJUDICATED,"1,000"
                2018,ACQUITTED,10
                2019,ACQUITTED,12
                2020,CONVICTED,900
                2020,ACQUITTED,8
                2020,EXEMPT_FROM_PUNISHMENT,5
                2020,NOT_CRIMINALLY_LIABLE,2
                """, Optional.empty());

        assertThat(year(t, "defendants_adjudicated", 2018).value()).as("the total is not added to its parts")
                .isEqualTo(1000.0);
        assertThat(year(t, "acquittal_rate", 2018).value()).isCloseTo(0.01, within(1e-12));
        MetricRow noDenominator = year(t, "acquittal_rate", 2019);
        assertThat(noDenominator.value()).isNull();
        assertThat(noDenominator.numerator()).isEqualTo(12L);
        assertThat(noDenominator.denominator()).isNull();
        assertThat(noDenominator.flags()).contains("x").doesNotContain("z");
        assertThat(year(t, "defendants_adjudicated", 2019).value()).isNull();
        assertThat(year(t, "defendants_adjudicated", 2019).flags()).contains("x");
        assertThat(year(t, "acquittals", 2019).value()).isEqualTo(12.0);
        assertThat(year(t, "acquittal_rate", 2020).value()).isCloseTo(8.0 / 915, within(1e-12));
        assertThat(year(t, "acquittal_rate", 2020).denominator()).isEqualTo(915L);
        assertThat(year(t, "prosecution_withdrawals", 2020).value()).as("not published, so not zero").isNull();
        assertThat(year(t, "prosecution_withdrawals", 2020).flags()).contains("x");
        assertThat(year(t, "acquittal_rate_public", 2020).flags()).as("no prosecution_type column").contains("x");
        assertThat(row(t, "acquittal_rate", "cumulative", "2018").value()).isCloseTo(0.01, within(1e-12));
        assertThat(row(t, "acquittal_rate", "cumulative", "2020").value()).as("2019 has no denominator").isNull();
        assertThat(row(t, "acquittal_rate", "cumulative", "2020").flags()).contains("x");
        assertThat(t.rows()).as("a table of totals is not broken down into 'unknown' regions")
                .allMatch(r -> r.breakdown().equals("all") || r.breakdown().equals("era_change"));
    }

    @Test
    void aChangeOfDefinitionBreaksTheRateSeries() throws IOException {
        MetricTable t = compute("""
                period,measure,count,definition
                2018,ADJUDICATED,1000,persons adjudicated
                2018,ACQUITTED,10,persons acquitted
                2019,ADJUDICATED,1100,persons adjudicated
                2019,ACQUITTED,11,persons acquitted
                2020,ADJUDICATED,1300,persons with effective judgments
                2020,ACQUITTED,9,persons acquitted
                """, Optional.empty());

        assertThat(year(t, "acquittal_rate", 2019).flags()).doesNotContain("b");
        assertThat(year(t, "acquittal_rate", 2020).flags()).contains("b");
        assertThat(year(t, "acquittal_rate", 2020).value()).isCloseTo(9.0 / 1300, within(1e-12));
        assertThat(year(t, "acquittals", 2020).flags()).as("a count has no denominator to change").doesNotContain("b");
        assertThat(row(t, "acquittal_rate", "cumulative", "2019").flags()).doesNotContain("b");
        assertThat(row(t, "acquittal_rate", "cumulative", "2020").flags()).contains("b");
    }

    @Test
    void withoutADefinitionAChangeOfSourceBreaksTheSeries() throws IOException {
        MetricTable t = compute("""
                period,measure,count,source
                2019,ADJUDICATED,1100,Yearbook
                2019,ACQUITTED,11,Yearbook
                2020,ADJUDICATED,1300,Work report
                2020,ACQUITTED,9,Work report
                """, Optional.empty());

        assertThat(year(t, "acquittal_rate", 2019).flags()).doesNotContain("b");
        assertThat(year(t, "acquittal_rate", 2020).flags()).contains("b");
    }

    @Test
    void theSameCountFromTwoSourcesCountsOnceAndDifferentCountsStopTheRun() throws IOException {
        MetricTable t = compute("""
                period,measure,count,source
                2020,ADJUDICATED,1000,Yearbook
                2020,ACQUITTED,10,Yearbook
                2020,ACQUITTED,10,Work report
                """, Optional.empty());
        assertThat(year(t, "acquittals", 2020).value()).isEqualTo(10.0);

        assertThatThrownBy(() -> compute("""
                period,measure,count,source
                2020,ACQUITTED,10,Yearbook
                2020,ACQUITTED,11,Work report
                """, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("outcome_counts.csv: line 2 and ")
                .hasMessageContaining("outcome_counts.csv: line 3: ACQUITTED in 2020 is given as 10 by 'Yearbook' and"
                        + " as 11 by 'Work report'");
    }

    @Test
    void countsThatCannotBeTrueStopTheRunNamingLineAndField() {
        assertThatThrownBy(() -> compute("""
                period,measure,count
                2020,ADJUDICATED,10
                2020,ACQUITTED,11
                """, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'count'")
                .hasMessageContaining("ADJUDICATED 10 in 2020 does not match");
        assertThatThrownBy(() -> compute("""
                period,measure,count,region
                2020,ACQUITTED,11,
                2020,ACQUITTED,4,Zhejiang
                """, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("outcome_counts.csv: line 2 and ")
                .hasMessageContaining("outcome_counts.csv: line 3: 2020 is given by the total and by region")
                .hasMessageContaining("at one level");
        assertThatThrownBy(() -> compute("period,measure,count\n2020,Hung jury,3\n", Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'measure': 'Hung jury' is not an outcome or event code");
        JobSpec quarterly = new JobSpec("q", null, PeriodType.QUARTER, null, null, null, null, null, null, null,
                null, null);
        assertThatThrownBy(() -> compute("period,measure,count\n2020,ACQUITTED,3\n", Optional.empty(), quarterly,
                Period.parse("2020-Q4")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'period'")
                .hasMessageContaining("this job counts by quarter");
        assertThatThrownBy(() -> compute("period,measure,count\n2020,ACQUITTED,-3\n", Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'count': '-3' is not a whole number >= 0");
    }

    @Test
    void motionsAndReviewsAreCountedByTheirOwnCodesAndTotals() throws IOException {
        MetricTable t = compute("""
                period,measure,count,region
                2019,FILED,120,Hubei
                2019,GRANTED,10,Hubei
                2019,PARTIALLY_GRANTED,5,Hubei
                2019,DECIDED,100,Hubei
                2019,REVIEWED,250,Hubei
                2020,GRANTED,12,Hubei
                2020,REVIEWED,300,Hubei
                2020,OVERTURNED_ACQUITTED,7,Hubei
                2020,OVERTURNED_MODIFIED,20,Hubei
                """, Optional.empty());

        assertThat(year(t, "exclusion_motions_filed", 2019).value()).isEqualTo(120.0);
        assertThat(year(t, "exclusion_motions_filed", 2020).flags()).as("FILED not published").contains("x");
        assertThat(year(t, "exclusion_motions_decided", 2019).value()).as("a total is not added to its parts")
                .isEqualTo(100.0);
        assertThat(year(t, "exclusion_grant_rate", 2019).value()).isCloseTo(0.15, within(1e-12));
        assertThat(year(t, "exclusion_grant_rate", 2020).value()).as("no DECIDED, no PARTIALLY_GRANTED").isNull();
        assertThat(year(t, "exclusion_motions_at_investigation", 2019).flags()).as("no stage column").contains("x");
        assertThat(year(t, "evidence_items_excluded", 2019).flags()).as("no items_excluded column").contains("x");
        assertThat(year(t, "convictions_reviewed", 2020).value()).isEqualTo(300.0);
        assertThat(year(t, "convictions_overturned", 2020).value()).isEqualTo(27.0);
        assertThat(year(t, "overturn_rate", 2020).value()).isCloseTo(27.0 / 300, within(1e-12));
        assertThat(year(t, "overturned_to_acquittal", 2020).value()).isEqualTo(7.0);
        assertThat(year(t, "convictions_overturned", 2019).flags()).as("only the total of 2019").contains("x");
        assertThat(year(t, "major_wrongful_convictions_corrected", 2020).flags()).contains("x");
        assertThat(year(t, "compensation_total", 2020).flags()).contains("x");
        assertThat(year(t, "median_years_to_correction", 2020).flags()).contains("x");
        assertThat(year(t, "acquittal_rate", 2020).flags()).as("no outcome counted").contains("x");
        assertThat(t.rows("year", "2020", "region", "Hubei")).extracting(MetricRow::metricId)
                .contains("overturn_rate");

        assertThatThrownBy(() -> compute("period,measure,count,prosecution_type\n2020,GRANTED,3,PUBLIC\n",
                Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'prosecution_type': exclusion_motions (measure GRANTED) has no"
                        + " column prosecution_type");
    }

    @Test
    void aCodeOneCellLeavesOutIsNotPublishedForThePeriod() throws IOException {
        MetricTable t = compute("""
                period,measure,count,region
                2020,REVIEWED,40,Hubei
                2020,UPHELD,30,Hubei
                2020,REVIEWED,50,Hunan
                2020,UPHELD,20,Hunan
                2020,REMANDED,10,Hunan
                2020,OVERTURNED_ACQUITTED,5,Hunan
                2020,OVERTURNED_MODIFIED,15,Hunan
                """, Optional.empty());

        assertThat(year(t, "convictions_reviewed", 2020).value()).isEqualTo(90.0);
        assertThat(year(t, "convictions_overturned", 2020).value())
                .as("Hubei's 10 not upheld are not split into overturned and remanded").isNull();
        assertThat(year(t, "convictions_overturned", 2020).flags()).contains("x");
    }

    /** A statistics portal's export, as messy as real ones, through a mapping onto outcome_counts. */
    @Test
    void aMappedPortalExportGivesTheSameFiguresAsACanonicalTable() throws IOException {
        Path mappingFile = Files.writeString(dir.resolve("portal.json"), """
                {"id": "portal", "target": "outcome_counts",
                 "fields": {
                   "period": {"from": "Year"},
                   "measure": {"from": "Verdict", "unmapped": "quarantine", "codes": {
                     "Not guilty": "ACQUITTED", "Acquitted": "ACQUITTED", "Total adjudicated": "ADJUDICATED",
                     "Convicted": "CONVICTED", "Exempt": "EXEMPT_FROM_PUNISHMENT", "Not liable": "NOT_CRIMINALLY_LIABLE"}},
                   "count": {"from": "Persons", "thousands_separator": ","},
                   "region": {"from": "Province"},
                   "source": {"constant": "Provincial statistics portal"}},
                 "drop": [{"column": "Verdict", "pattern": ".*subtotal.*", "reason": "subtotals are not counts of their own"}]}
                """);
        Optional<SourceMapping> mapping = Optional.of(SourceMappingLoader.read(mappingFile));
        String export = "\uFEFF\"Year\",\"Verdict\",\"Persons\",\"Province\",\"Remarks\"\r\n"
                + "\"2019\",\"Not guilty\",\"  12 \",Zhejiang,\r\n"
                + "\"2019\",\"Total adjudicated\",\"1,200\",Zhejiang,\"incl. acquitted,\r\nexempt\"\r\n"
                + "\r\n"
                + "\"2019\",\"All verdicts (subtotal)\",\"1,300\",Zhejiang,\r\n"
                + "2020,Acquitted,9,Zhejiang ,\r\n"
                + "2020,Convicted,\"1,000\",Zhejiang,\r\n"
                + "2020,Exempt,4,Zhejiang,\r\n"
                + "2020,Not liable,0,Zhejiang,\r\n";
        MetricTable mapped = compute(export, mapping);
        CountTableFile read = CountTableFile.read(dir.resolve("outcome_counts.csv"), mapping, TestModel.cn().schema(org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES), TestModel.cn().countBreakdowns());

        assertThat(read.dropped()).containsExactly(Map.entry("subtotals are not counts of their own", 1L));
        assertThat(read.ignored()).containsExactly("Remarks");
        assertThat(read.records()).extracting(CountTableFile.CountRecord::line).containsExactly(2L, 3L, 7L, 8L, 9L, 10L);
        assertThat(year(mapped, "acquittal_rate", 2019).value()).isCloseTo(12.0 / 1200, within(1e-12));
        assertThat(year(mapped, "acquittal_rate", 2020).value()).isCloseTo(9.0 / 1013, within(1e-12));
        assertThat(mapped.rows("year", "2020", "region", "Zhejiang")).extracting(MetricRow::metricId)
                .contains("acquittal_rate");

        MetricTable canonical = compute("""
                period,measure,count,region,source
                2019,ACQUITTED,12,Zhejiang,Provincial statistics portal
                2019,ADJUDICATED,1200,Zhejiang,Provincial statistics portal
                2020,ACQUITTED,9,Zhejiang,Provincial statistics portal
                2020,CONVICTED,1000,Zhejiang,Provincial statistics portal
                2020,EXEMPT_FROM_PUNISHMENT,4,Zhejiang,Provincial statistics portal
                2020,NOT_CRIMINALLY_LIABLE,0,Zhejiang,Provincial statistics portal
                """, Optional.empty());
        assertThat(mapped.rows()).usingRecursiveFieldByFieldElementComparator().isEqualTo(canonical.rows());

        assertThatThrownBy(() -> compute("Year,Verdict,Persons,Province\n2020,Hung jury,3,Zhejiang\n", mapping))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2: field 'measure': 'Hung jury'");
    }
}
