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

    /** Drunk and dangerous driving became a crime on 2011-05-01 (Criminal Law Amendment VIII). */
    private static final LocalDate DANGEROUS_DRIVING_CRIME = LocalDate.of(2011, 5, 1);
    private static final String DANGEROUS_DRIVING = "dangerous driving";
    private static final String HOMICIDE = "intentional homicide";
    private static final double MISSING_DETENTION = 0.02;

    private static final WeightedChoice<String> PUBLIC_OFFENSES = publicOffenses(true);
    private static final WeightedChoice<String> PUBLIC_OFFENSES_BEFORE_MAY_2011 = publicOffenses(false);
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
    private static final double PRIVATE_CASE_SHARE = privateCaseShare(PUBLIC_OFFENSES);
    private static final double PRIVATE_CASE_SHARE_BEFORE_MAY_2011 = privateCaseShare(PUBLIC_OFFENSES_BEFORE_MAY_2011);

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
            int size = facts.prosecution() == ProsecutionType.PRIVATE || facts.offense().equals(DANGEROUS_DRIVING)
                    ? 1 : Math.min(remaining, CASE_SIZES.pick(random));
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
        boolean beforeDangerousDriving = filed.isBefore(DANGEROUS_DRIVING_CRIME);
        WeightedChoice<String> publicOffenses = beforeDangerousDriving ? PUBLIC_OFFENSES_BEFORE_MAY_2011
                : PUBLIC_OFFENSES;
        double privateCases = beforeDangerousDriving ? PRIVATE_CASE_SHARE_BEFORE_MAY_2011 : PRIVATE_CASE_SHARE;
        ProsecutionType prosecution = random.nextDouble() < privateCases
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
    private static double privateCaseShare(WeightedChoice<String> publicOffenses) {
        double dangerousDriving = publicOffenses.mean(offense -> offense.equals(DANGEROUS_DRIVING) ? 1 : 0);
        double publicCaseSize = dangerousDriving + (1 - dangerousDriving) * CASE_SIZES.mean(Integer::doubleValue);
        double share = OutcomeModel.PRIVATE_SHARE_OF_DEFENDANTS;
        return share * publicCaseSize / (1 - share + share * publicCaseSize);
    }

    private static CourtLevel courtLevel(Proceeding proceeding, String offense, SplittableRandom random) {
        return switch (proceeding) {
            case FIRST_INSTANCE -> offense.equals(HOMICIDE) ? CourtLevel.INTERMEDIATE
                    : FIRST_INSTANCE_COURTS.pick(random);
            case APPEAL -> offense.equals(HOMICIDE) ? CourtLevel.HIGH : APPEAL_COURTS.pick(random);
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
        } else if (facts.offense().equals(DANGEROUS_DRIVING)) {
            detained = 0.1;
        }
        if (random.nextDouble() >= detained) {
            return 0L;
        }
        return ChronoUnit.DAYS.between(facts.filed(), facts.concluded()) + 20 + random.nextInt(130);
    }

    private static WeightedChoice<String> publicOffenses(boolean dangerousDriving) {
        return WeightedChoice.of(DANGEROUS_DRIVING, dangerousDriving ? 22 : 0).or("theft", 18).or("fraud", 8)
                .or("intentional injury", 9).or("drug offences", 8).or("picking quarrels and provoking trouble", 5)
                .or("gambling and running gambling houses", 4).or("robbery", 3).or("illegal business operations", 3)
                .or("aiding information network crimes", 5).or("traffic accident crime", 4)
                .or("bribery and corruption", 3)
                .or("organised prostitution", 1.5).or("rape", 1.5).or(HOMICIDE, 1).or("other offences", 4).build();
    }
}
