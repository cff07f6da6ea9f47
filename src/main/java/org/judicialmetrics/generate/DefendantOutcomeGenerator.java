package org.judicialmetrics.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.judicialmetrics.model.Codes.AcquittalBasis;
import org.judicialmetrics.model.Codes.CourtLevel;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Codes.Proceeding;
import org.judicialmetrics.model.Codes.ProsecutionType;
import org.judicialmetrics.model.Dataset;

/**
 * Draws the synthetic cases of each year and writes one {@code defendant_outcomes} row per defendant, asking the
 * motion generator first, because a granted exclusion raises the chance of acquittal.
 */
final class DefendantOutcomeGenerator {

    private static final double MISSING_DETENTION = 0.02;

    private static final WeightedChoice<String> PRIVATE_OFFENSES = WeightedChoice.of("intentional injury", 50)
            .or("insult and defamation", 20).or("property infringement", 12).or("abuse", 10)
            .or("illegal intrusion into residence", 5).or("bigamy", 3).build();
    private static final WeightedChoice<Integer> CASE_SIZES = WeightedChoice.of(1, 78).or(2, 13).or(3, 5).or(4, 2)
            .or(5, 1).or(6, 0.6).or(8, 0.4).build();
    private static final WeightedChoice<Proceeding> PUBLIC_PROCEEDINGS = WeightedChoice
            .of(Proceeding.FIRST_INSTANCE, 89.7).or(Proceeding.APPEAL, 10).or(Proceeding.RETRIAL, 0.3).build();
    private static final WeightedChoice<Proceeding> PRIVATE_PROCEEDINGS = WeightedChoice
            .of(Proceeding.FIRST_INSTANCE, 95).or(Proceeding.APPEAL, 5).build();
    private static final WeightedChoice<CourtLevel> FIRST_INSTANCE_COURTS = WeightedChoice
            .of(CourtLevel.BASIC, 97.5).or(CourtLevel.INTERMEDIATE, 2.4).or(CourtLevel.HIGH, 0.1).build();
    private static final WeightedChoice<CourtLevel> APPEAL_COURTS = WeightedChoice
            .of(CourtLevel.INTERMEDIATE, 88).or(CourtLevel.HIGH, 12).build();
    private static final WeightedChoice<CourtLevel> RETRIAL_COURTS = WeightedChoice.of(CourtLevel.BASIC, 35)
            .or(CourtLevel.INTERMEDIATE, 45).or(CourtLevel.HIGH, 17).or(CourtLevel.SUPREME, 3).build();
    private static final WeightedChoice<AcquittalBasis> ACQUITTAL_BASES = WeightedChoice
            .of(AcquittalBasis.INSUFFICIENT_EVIDENCE, 80).or(AcquittalBasis.NOT_A_CRIME, 15)
            .or(AcquittalBasis.OTHER, 5).build();
    private static final double MULTI_DEFENDANT_CASE_SIZE = CASE_SIZES.mean(Integer::doubleValue);

    private final DatasetCsvWriter out;
    private final ExclusionMotionGenerator motions;
    private final OutcomeModel outcomes;
    private final LocalDate end;
    private long nextRecord = 1;

    DefendantOutcomeGenerator(DatasetCsvWriter out, ExclusionMotionGenerator motions, OutcomeModel outcomes,
                              LocalDate end) {
        this.out = out;
        this.motions = motions;
        this.outcomes = outcomes;
        this.end = end;
    }

    /** Writes {@code defendants} rows concluded in {@code year}, case by case. */
    void year(int year, int defendants, SplittableRandom random) throws IOException {
        int remaining = defendants;
        int caseNumber = 1;
        while (remaining > 0) {
            CaseFacts facts = drawCase(year, caseNumber++, random);
            boolean single = facts.prosecution() == ProsecutionType.PRIVATE
                    || facts.offense().equals(PublicOffences.DANGEROUS_DRIVING);
            int size = single ? 1 : Math.min(remaining, CASE_SIZES.pick(random));
            for (int i = 0; i < size; i++) {
                defendant(facts, random);
            }
            remaining -= size;
        }
    }

    private CaseFacts drawCase(int year, int caseNumber, SplittableRandom random) {
        LocalDate concluded = RandomDates.dayIn(year, random);
        double u = random.nextDouble();
        LocalDate filed = concluded.minusDays(30 + (long) (270 * u * u));
        PublicOffences publicOffenses = PublicOffences.on(filed);
        ProsecutionType prosecution = random.nextDouble() < privateCaseShare(publicOffenses)
                ? ProsecutionType.PRIVATE : ProsecutionType.PUBLIC;
        String offense = prosecution == ProsecutionType.PRIVATE ? PRIVATE_OFFENSES.pick(random)
                : publicOffenses.pick(random);
        Proceeding proceeding = (prosecution == ProsecutionType.PRIVATE ? PRIVATE_PROCEEDINGS : PUBLIC_PROCEEDINGS)
                .pick(random);
        CourtLevel level = courtLevel(proceeding, offense, random);
        Province province = Province.pick(random);
        String caseId = Ids.of("C" + year + "-", caseNumber, 6);
        return new CaseFacts(caseId, province, level, province.courtId(level, random), proceeding, prosecution,
                offense, filed, concluded);
    }

    /**
     * Share of cases that are private prosecutions such that private defendants make up
     * {@link OutcomeModel#PRIVATE_SHARE_OF_DEFENDANTS}: private cases have one defendant, public ones more on average
     * (dangerous-driving cases one).
     */
    private static double privateCaseShare(PublicOffences publicOffenses) {
        double dangerousDriving = publicOffenses.dangerousDrivingShare();
        double publicCaseSize = dangerousDriving + (1 - dangerousDriving) * MULTI_DEFENDANT_CASE_SIZE;
        double share = OutcomeModel.PRIVATE_SHARE_OF_DEFENDANTS;
        return share * publicCaseSize / (1 - share + share * publicCaseSize);
    }

    private static CourtLevel courtLevel(Proceeding proceeding, String offense, SplittableRandom random) {
        return switch (proceeding) {
            case FIRST_INSTANCE -> offense.equals(PublicOffences.HOMICIDE) ? CourtLevel.INTERMEDIATE
                    : FIRST_INSTANCE_COURTS.pick(random);
            case APPEAL -> offense.equals(PublicOffences.HOMICIDE) ? CourtLevel.HIGH : APPEAL_COURTS.pick(random);
            case RETRIAL -> RETRIAL_COURTS.pick(random);
        };
    }

    private void defendant(CaseFacts facts, SplittableRandom random) throws IOException {
        long number = nextRecord++;
        String defendantRef = Ids.of("D", number, 8);
        boolean granted = facts.prosecution() == ProsecutionType.PUBLIC
                && motions.motionsFor(facts, defendantRef, random);
        Outcome outcome = outcomes.draw(facts.concluded().getYear(), facts.prosecution(), granted, random);
        out.write(new CsvRow(Dataset.DEFENDANT_OUTCOMES)
                .set("record_id", Ids.of("R", number, 8))
                .set("case_id", facts.caseId())
                .set("defendant_ref", defendantRef)
                .set("jurisdiction", "CN")
                .set("region", facts.province().name())
                .set("court_id", facts.courtId())
                .set("court_level", facts.courtLevel())
                .set("proceeding", facts.proceeding())
                .set("prosecution_type", facts.prosecution())
                .set("offense_category", facts.offense())
                .set("filed_date", facts.filed())
                .set("concluded_date", facts.concluded())
                .set("outcome", outcome)
                .set("acquittal_basis", outcome == Outcome.ACQUITTED ? ACQUITTAL_BASES.pick(random) : null)
                .set("detention_days", detentionDays(facts, random)));
        if (facts.prosecution() == ProsecutionType.PUBLIC && facts.proceeding() == Proceeding.FIRST_INSTANCE
                && outcome == Outcome.CONVICTED) {
            motions.pendingAppealFor(facts, defendantRef, end, random);
        }
    }

    /**
     * Pre-judgment detention: most defendants were detained (about 78% up to 2013, falling to 50% by 2021 with the
     * "fewer arrests" policy; 2020 pretrial detention rate 53%), far fewer in dangerous-driving and private cases.
     */
    private static Long detentionDays(CaseFacts facts, SplittableRandom random) {
        if (random.nextDouble() < MISSING_DETENTION) {
            return null;
        }
        int year = facts.concluded().getYear();
        double detained = 0.78 - 0.28 * Math.min(1, Math.max(0, (year - 2013) / 8.0));
        if (facts.prosecution() == ProsecutionType.PRIVATE) {
            detained = 0.03;
        } else if (facts.offense().equals(PublicOffences.DANGEROUS_DRIVING)) {
            detained = 0.1;
        }
        if (random.nextDouble() >= detained) {
            return 0L;
        }
        return ChronoUnit.DAYS.between(facts.filed(), facts.concluded()) + 20 + random.nextInt(130);
    }
}
