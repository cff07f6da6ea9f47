package org.judicialmetrics.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.judicialmetrics.model.Codes.CourtLevel;
import org.judicialmetrics.model.Codes.Ground;
import org.judicialmetrics.model.Codes.ReviewResult;
import org.judicialmetrics.model.Codes.ReviewType;
import org.judicialmetrics.model.Dataset;

/**
 * Writes the synthetic reviews of final convictions: national retrials that changed judgments scaled by the sample
 * fraction, with a floor per year so charts have data, and the 2013-2020 wave of corrected wrongful convictions.
 */
final class ConvictionReviewGenerator {

    /** Fewest reviews per year, whatever the sample fraction: below this the yearly charts are noise. */
    static final int MIN_REVIEWS_PER_YEAR = 30;
    /** Share of reviews that change the judgment (OVERTURNED_*): an assumption; the national counts are of changes. */
    static final double CHANGED_SHARE = 0.68;
    private static final int WAVE_FROM = 2013;
    private static final int WAVE_TO = 2020;
    /** Share of overturned-to-acquittal reviews that are major cases, in the 2013-2020 wave and otherwise. */
    private static final double MAJOR_IN_WAVE = 0.3;
    private static final double MAJOR_OTHERWISE = 0.1;

    private static final WeightedChoice<ReviewResult> RESULTS_IN_WAVE = WeightedChoice
            .of(ReviewResult.OVERTURNED_ACQUITTED, 10).or(ReviewResult.OVERTURNED_MODIFIED, 58)
            .or(ReviewResult.REMANDED, 12).or(ReviewResult.UPHELD, 20).build();
    private static final WeightedChoice<ReviewResult> RESULTS = WeightedChoice
            .of(ReviewResult.OVERTURNED_ACQUITTED, 5).or(ReviewResult.OVERTURNED_MODIFIED, 63)
            .or(ReviewResult.REMANDED, 12).or(ReviewResult.UPHELD, 20).build();
    private static final WeightedChoice<ReviewType> TYPES = WeightedChoice.of(ReviewType.RETRIAL, 50)
            .or(ReviewType.PETITION, 28).or(ReviewType.PROCURATORATE_PROTEST, 17).or(ReviewType.APPEAL, 5).build();
    private static final WeightedChoice<CourtLevel> COURTS = WeightedChoice.of(CourtLevel.BASIC, 6)
            .or(CourtLevel.INTERMEDIATE, 50).or(CourtLevel.HIGH, 40).or(CourtLevel.SUPREME, 4).build();

    private final DatasetCsvWriter out;
    private final NationalCalibration calibration;
    private int nextId = 1;

    ConvictionReviewGenerator(DatasetCsvWriter out, NationalCalibration calibration) {
        this.out = out;
        this.calibration = calibration;
    }

    /** Reviews concluded in {@code year} for a sample that is {@code sampleFraction} of the national volume. */
    static int reviewsIn(int year, double sampleFraction, NationalCalibration calibration) {
        long scaled = Math.round(calibration.retrialsChanged(year) * sampleFraction / CHANGED_SHARE);
        return (int) Math.max(MIN_REVIEWS_PER_YEAR, scaled);
    }

    void year(int year, double sampleFraction, SplittableRandom random) throws IOException {
        boolean wave = year >= WAVE_FROM && year <= WAVE_TO;
        int reviews = reviewsIn(year, sampleFraction, calibration);
        for (int i = 0; i < reviews; i++) {
            review(year, wave, random);
        }
    }

    private void review(int year, boolean wave, SplittableRandom random) throws IOException {
        ReviewResult result = (wave ? RESULTS_IN_WAVE : RESULTS).pick(random);
        boolean acquitted = result == ReviewResult.OVERTURNED_ACQUITTED;
        boolean major = acquitted && random.nextDouble() < (wave ? MAJOR_IN_WAVE : MAJOR_OTHERWISE);
        LocalDate concluded = RandomDates.dayIn(year, random);
        double yearsBefore = major ? 10 + 15 * random.nextDouble()
                : acquitted ? 2 + 13 * random.nextDouble()
                : 1 + 7 * Math.pow(random.nextDouble(), 2);
        LocalDate original = concluded.minusDays(Math.round(yearsBefore * 365.25));
        BigDecimal custody = null;
        BigDecimal compensation = null;
        if (acquitted) {
            custody = BigDecimal.valueOf(yearsBefore * (0.6 + 0.4 * random.nextDouble()) + 0.5 + random.nextDouble())
                    .setScale(1, RoundingMode.HALF_UP);
            compensation = custody.multiply(BigDecimal.valueOf(300_000 + random.nextInt(100_000)))
                    .setScale(2, RoundingMode.HALF_UP);
        }
        int number = nextId++;
        out.write(new CsvRow(Dataset.CONVICTION_REVIEWS)
                .set("review_id", Ids.of("V", number, 6))
                .set("original_case_id", Ids.of("C" + original.getYear() + "-R", number, 5))
                .set("defendant_ref", Ids.of("DR", number, 6))
                .set("region", Province.pick(random).name())
                .set("court_level", COURTS.pick(random))
                .set("review_type", TYPES.pick(random))
                .set("original_conviction_date", original)
                .set("review_concluded_date", concluded)
                .set("result", result)
                .set("grounds", grounds(result, random))
                .set("years_in_custody", custody == null ? null : custody.toPlainString())
                .set("compensation_amount", compensation == null ? null : compensation.toPlainString())
                .set("major_case", major));
    }

    /** Grounds in canonical order, joined by ';': evidential grounds for acquittals, legal ones otherwise. */
    private static String grounds(ReviewResult result, SplittableRandom random) {
        List<Ground> grounds = new ArrayList<>();
        boolean acquitted = result == ReviewResult.OVERTURNED_ACQUITTED;
        addIf(grounds, Ground.INSUFFICIENT_EVIDENCE, random.nextDouble() < (acquitted ? 0.9 : 0.15));
        addIf(grounds, Ground.ILLEGAL_EVIDENCE_EXCLUDED, random.nextDouble() < (acquitted ? 0.3 : 0.03));
        addIf(grounds, Ground.NEW_EVIDENCE, random.nextDouble() < (acquitted ? 0.2 : 0.15));
        addIf(grounds, Ground.TRUE_PERPETRATOR_FOUND, acquitted && random.nextDouble() < 0.1);
        addIf(grounds, Ground.LAW_MISAPPLIED, !acquitted && random.nextDouble() < 0.6);
        addIf(grounds, Ground.PROCEDURAL_VIOLATION, random.nextDouble() < 0.15);
        if (grounds.isEmpty()) {
            grounds.add(acquitted ? Ground.INSUFFICIENT_EVIDENCE : Ground.OTHER);
        }
        return String.join(Dataset.MULTI_VALUE_SEPARATOR, grounds.stream().map(Ground::name).toList());
    }

    private static void addIf(List<Ground> grounds, Ground ground, boolean condition) {
        if (condition) {
            grounds.add(ground);
        }
    }
}
