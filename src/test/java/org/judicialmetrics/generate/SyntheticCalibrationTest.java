package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One full-size clean run (400,000 defendants, the default) checked against the published national figures. */
class SyntheticCalibrationTest {

    private static final int DEFENDANTS = 400_000;
    private static final NationalCalibration NATIONAL = NationalCalibration.load();

    @TempDir
    static Path out;

    private static final Map<Integer, int[]> BY_YEAR = new TreeMap<>();
    private static final Map<String, int[]> BY_PROSECUTION = new HashMap<>();
    private static final Map<String, Integer> REGIONS = new HashMap<>();
    private static final Map<String, Integer> COURT_LEVELS = new HashMap<>();
    private static final Set<String> DEFENDANTS_IN_CASES = new HashSet<>();
    private static final Set<String> ACQUITTED = new HashSet<>();
    private static final List<CSVRecord> MOTIONS = new ArrayList<>();
    private static final List<CSVRecord> REVIEWS = new ArrayList<>();

    private static final int ADJUDICATED = 0;
    private static final int ACQUITTALS = 1;
    private static final int WITHDRAWALS = 2;
    private static final int ROWS = 3;

    @BeforeAll
    static void generateOnce() {
        GeneratedFiles.generate(out, DEFENDANTS, 2012, false);
        GeneratedFiles.forEachRow(out, Dataset.DEFENDANT_OUTCOMES, row -> {
            Outcome outcome = Outcome.valueOf(row.get("outcome"));
            int[] year = BY_YEAR.computeIfAbsent(LocalDate.parse(row.get("concluded_date")).getYear(), y -> new int[4]);
            int[] prosecution = BY_PROSECUTION.computeIfAbsent(row.get("prosecution_type"), p -> new int[4]);
            count(year, outcome);
            count(prosecution, outcome);
            REGIONS.merge(row.get("region"), 1, Integer::sum);
            COURT_LEVELS.merge(row.get("court_level"), 1, Integer::sum);
            DEFENDANTS_IN_CASES.add(row.get("case_id") + "/" + row.get("defendant_ref"));
            if (outcome == Outcome.ACQUITTED) {
                ACQUITTED.add(row.get("case_id"));
            }
        });
        GeneratedFiles.forEachRow(out, Dataset.EXCLUSION_MOTIONS, MOTIONS::add);
        GeneratedFiles.forEachRow(out, Dataset.CONVICTION_REVIEWS, REVIEWS::add);
    }

    private static void count(int[] counts, Outcome outcome) {
        counts[ROWS]++;
        if (outcome.adjudicated()) {
            counts[ADJUDICATED]++;
        }
        if (outcome == Outcome.ACQUITTED) {
            counts[ACQUITTALS]++;
        }
        if (outcome == Outcome.PROSECUTION_WITHDRAWN) {
            counts[WITHDRAWALS]++;
        }
    }

    @Test
    void targetCurveComesFromTheReferenceFigures() {
        assertThat(NATIONAL.acquittalRate(2012)).isCloseTo(727.0 / 1_174_133, within(1e-9));
        assertThat(NATIONAL.acquittalRate(2022)).isCloseTo(631.0 / 1_431_585, within(1e-9));
        assertThat(NATIONAL.acquittalRate(2010)).isBetween(0.0009, 0.0011);
        for (int year = 2022; year <= 2025; year++) {
            assertThat(NATIONAL.acquittalRate(year)).as("%d", year).isBetween(0.0002, 0.00045);
        }
    }

    @Test
    void defendantsAreSpreadOverTheYearsLikeNationalVolume() {
        int[] expected = NATIONAL.allocate(DEFENDANTS, 2010, 2025);
        for (int year = 2010; year <= 2025; year++) {
            assertThat(BY_YEAR.get(year)[ROWS]).as("%d", year).isEqualTo(expected[year - 2010]);
        }
        assertThat(BY_YEAR.get(2021)[ROWS]).isGreaterThan(BY_YEAR.get(2010)[ROWS]);
    }

    /** Acquittals are rare (10-30 a year at this size): each year must lie within Poisson noise of the target. */
    @Test
    void acquittalRatePerYearFollowsTheNationalSeries() {
        for (Map.Entry<Integer, int[]> year : BY_YEAR.entrySet()) {
            double expected = year.getValue()[ADJUDICATED] * NATIONAL.acquittalRate(year.getKey());
            assertThat((double) year.getValue()[ACQUITTALS]).as("acquittals %d", year.getKey())
                    .isCloseTo(expected, within(4 * Math.sqrt(expected) + 2));
        }
    }

    @Test
    void acquittalRateFallsFromAboutOneInAThousandToAboutFourInTenThousand() {
        double early = pooledRate(2010, 2012);
        double late = pooledRate(2022, 2025);
        assertThat(early).isBetween(0.0006, 0.0011);
        assertThat(late).isBetween(0.0002, 0.00045);
        assertThat(early).isGreaterThan(1.8 * late);
    }

    @Test
    void privateProsecutionsAreFewButAcquitFarMoreOften() {
        int[] privates = BY_PROSECUTION.get("PRIVATE");
        int[] publics = BY_PROSECUTION.get("PUBLIC");
        assertThat((double) privates[ROWS] / DEFENDANTS).isBetween(0.008, 0.012);
        double privateRate = (double) privates[ACQUITTALS] / privates[ADJUDICATED];
        double publicRate = (double) publics[ACQUITTALS] / publics[ADJUDICATED];
        assertThat(privateRate).isBetween(0.01, 0.06);
        assertThat(publicRate).isBetween(0.0002, 0.0007);
        assertThat(privateRate).isGreaterThan(20 * publicRate);
    }

    @Test
    void withdrawalsOutnumberAcquittalsInLateYears() {
        int withdrawals = 0;
        int acquittals = 0;
        for (int year = 2022; year <= 2025; year++) {
            withdrawals += BY_YEAR.get(year)[WITHDRAWALS];
            acquittals += BY_YEAR.get(year)[ACQUITTALS];
        }
        assertThat(withdrawals).isGreaterThan(acquittals * 3 / 2);
    }

    @Test
    void everyCodeIsCanonicalAndNoCleanRowHasAFault() {
        for (Dataset dataset : Dataset.values()) {
            FaultClassifier classifier = new FaultClassifier(dataset, LocalDate.of(2025, 12, 31));
            Map<FaultKind, Integer> found = new HashMap<>();
            GeneratedFiles.forEachRow(out, dataset,
                    row -> classifier.classify(row).forEach(kind -> found.merge(kind, 1, Integer::sum)));
            assertThat(found).as(dataset.id()).isEmpty();
        }
    }

    @Test
    void regionsAndCourtsLookLikeChina() {
        assertThat(REGIONS).hasSize(31);
        assertThat(REGIONS.get("Guangdong")).isGreaterThan(REGIONS.get("Beijing") * 4);
        assertThat((double) COURT_LEVELS.get("BASIC") / DEFENDANTS).isBetween(0.8, 0.95);
        assertThat(COURT_LEVELS.get("INTERMEDIATE")).isGreaterThan(COURT_LEVELS.get("HIGH"));
        assertThat(COURT_LEVELS.get("SUPREME")).isPositive().isLessThan(DEFENDANTS / 5_000);
    }

    @Test
    void everyMotionBelongsToAGeneratedDefendant() {
        assertThat(MOTIONS).isNotEmpty();
        assertThat(MOTIONS.stream().map(m -> m.get("case_id") + "/" + m.get("defendant_ref"))
                .filter(defendant -> !DEFENDANTS_IN_CASES.contains(defendant))).isEmpty();
    }

    @Test
    void motionsAreRareBefore2013AndJumpWithThe2017Rules() {
        LocalDate cpl = ExclusionMotionGenerator.CPL_2012;
        LocalDate rules = ExclusionMotionGenerator.EXCLUSION_RULES_2017;
        long before2013 = MOTIONS.stream().filter(m -> filed(m).isBefore(cpl)).count();
        long in2016 = MOTIONS.stream().filter(m -> filed(m).getYear() == 2016).count();
        long in2018 = MOTIONS.stream().filter(m -> filed(m).getYear() == 2018).count();
        assertThat(before2013).isLessThan(MOTIONS.size() / 100);
        assertThat(in2018).isGreaterThan(in2016 * 3 / 2);
        assertThat(MOTIONS).filteredOn(m -> m.get("stage").equals("INVESTIGATION"))
                .isNotEmpty().allSatisfy(m -> assertThat(filed(m)).isAfterOrEqualTo(rules));
        double perDefendant2020 = (double) MOTIONS.stream().filter(m -> filed(m).getYear() == 2020).count()
                / BY_YEAR.get(2020)[ROWS];
        assertThat(perDefendant2020).isBetween(0.005, 0.025);
    }

    @Test
    void motionsAreMostlyConfessionsUnderTortureFatigueOrThreatRaisedByCounsel() {
        assertThat(share("evidence_type", "CONFESSION")).isGreaterThan(0.6);
        assertThat(share("applicant", "DEFENSE_COUNSEL")).isGreaterThan(0.6);
        assertThat(share("alleged_method", "TORTURE") + share("alleged_method", "FATIGUE")
                + share("alleged_method", "THREAT")).isGreaterThan(0.55);
    }

    @Test
    void aboutOneDecisionInSixGrantsAndItemsMatchTheDecision() {
        long decided = MOTIONS.stream().filter(m -> Set.of("GRANTED", "PARTIALLY_GRANTED", "DENIED")
                .contains(m.get("decision"))).count();
        long granted = MOTIONS.stream().filter(SyntheticCalibrationTest::granted).count();
        assertThat((double) granted / decided).isBetween(0.10, 0.20);
        assertThat(MOTIONS).filteredOn(SyntheticCalibrationTest::granted)
                .allSatisfy(m -> assertThat(Integer.parseInt(m.get("items_excluded"))).isPositive());
        assertThat(MOTIONS).filteredOn(m -> !granted(m))
                .allSatisfy(m -> assertThat(m.get("items_excluded")).isIn("", "0"));
        assertThat(MOTIONS).filteredOn(m -> m.get("decision").equals("PENDING")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.get("decided_date")).isEmpty());
        assertThat(MOTIONS).filteredOn(m -> m.get("decision").equals("WITHDRAWN")).isNotEmpty();
        assertThat(MOTIONS).filteredOn(m -> !m.get("decided_date").isEmpty())
                .allSatisfy(m -> assertThat(LocalDate.parse(m.get("decided_date"))).isAfter(filed(m)));
    }

    @Test
    void grantedExclusionsLeadToSomeAcquittals() {
        long acquittalsAfterExclusion = MOTIONS.stream().filter(SyntheticCalibrationTest::granted)
                .map(m -> m.get("case_id")).distinct().filter(ACQUITTED::contains).count();
        assertThat(acquittalsAfterExclusion).isPositive();
    }

    @Test
    void reviewsHaveEnoughRowsPerYearAndConsistentResults() {
        Map<Integer, Integer> perYear = new TreeMap<>();
        REVIEWS.forEach(r -> perYear.merge(LocalDate.parse(r.get("review_concluded_date")).getYear(), 1, Integer::sum));
        assertThat(perYear).hasSize(16);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
        assertThat(REVIEWS).filteredOn(r -> r.get("major_case").equals("true"))
                .hasSizeBetween(1, 20)
                .allSatisfy(r -> assertThat(r.get("result")).isEqualTo("OVERTURNED_ACQUITTED"));
        assertThat(REVIEWS).filteredOn(r -> r.get("result").equals("OVERTURNED_ACQUITTED")).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(Double.parseDouble(r.get("years_in_custody"))).isPositive();
                    assertThat(Double.parseDouble(r.get("compensation_amount"))
                            / Double.parseDouble(r.get("years_in_custody"))).isBetween(300_000.0, 400_000.0);
                });
        assertThat(REVIEWS).allSatisfy(r -> {
            double years = (LocalDate.parse(r.get("review_concluded_date")).toEpochDay()
                    - LocalDate.parse(r.get("original_conviction_date")).toEpochDay()) / 365.25;
            assertThat(years).isBetween(0.99, 25.01);
        });
        long modified = REVIEWS.stream().filter(r -> r.get("result").equals("OVERTURNED_MODIFIED")).count();
        assertThat(modified).isGreaterThan(REVIEWS.size() / 2);
    }

    private static double pooledRate(int from, int to) {
        int adjudicated = 0;
        int acquittals = 0;
        for (int year = from; year <= to; year++) {
            adjudicated += BY_YEAR.get(year)[ADJUDICATED];
            acquittals += BY_YEAR.get(year)[ACQUITTALS];
        }
        return (double) acquittals / adjudicated;
    }

    private static double share(String column, String code) {
        return (double) MOTIONS.stream().filter(m -> m.get(column).equals(code)).count() / MOTIONS.size();
    }

    private static boolean granted(CSVRecord motion) {
        return motion.get("decision").equals("GRANTED") || motion.get("decision").equals("PARTIALLY_GRANTED");
    }

    private static LocalDate filed(CSVRecord motion) {
        return LocalDate.parse(motion.get("filed_date"));
    }
}
