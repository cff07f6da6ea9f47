package org.judicialmetrics.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.judicialmetrics.model.Codes.AllegedMethod;
import org.judicialmetrics.model.Codes.Applicant;
import org.judicialmetrics.model.Codes.CourtLevel;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.EvidenceType;
import org.judicialmetrics.model.Codes.Proceeding;
import org.judicialmetrics.model.Codes.Stage;
import org.judicialmetrics.model.Dataset;

/**
 * Draws the motions to exclude illegally obtained evidence for a defendant of a public prosecution and writes them.
 * No national counts exist: every rate here is an assumption stated in {@code data/README.md}.
 */
final class ExclusionMotionGenerator {

    /** The 2012 Criminal Procedure Law came into force: exclusion became a statutory procedure. */
    static final LocalDate CPL_2012 = LocalDate.of(2013, 1, 1);
    /** The 2017 exclusion rules came into force: applications possible during investigation. */
    static final LocalDate EXCLUSION_RULES_2017 = LocalDate.of(2017, 6, 27);

    private static final double RATE_BEFORE_2013 = 0.0002;
    private static final double RATE_2013 = 0.004;
    private static final double RATE_JUNE_2017 = 0.008;
    private static final double RATE_AFTER_JUNE_2017 = 0.012;
    private static final double RATE_CAP = 0.02;
    private static final double RATE_GROWTH_PER_YEAR = 0.001;
    private static final double SECOND_MOTION = 0.12;
    private static final double WITHDRAWN = 0.07;
    private static final double GRANT_RATE_BEFORE_2017 = 0.12;
    private static final double GRANT_RATE_AFTER_2017 = 0.16;
    /** Share of grants that exclude everything challenged (the rest are partial). */
    private static final double FULL_GRANTS = 0.45;
    /** Share of motions in appeal proceedings raised at the appeal stage (the rest earlier in the same case). */
    private static final double APPEAL_STAGE_IN_APPEALS = 0.6;
    /** Defendants convicted at first instance near the end who have an appeal-stage motion still pending. */
    private static final double PENDING_APPEAL_FACTOR = 0.5;
    private static final int PENDING_WINDOW_DAYS = 60;

    private static final WeightedChoice<Stage> STAGES_BEFORE_2013 =
            WeightedChoice.of(Stage.PRETRIAL, 30).or(Stage.TRIAL, 70).build();
    private static final WeightedChoice<Stage> STAGES_CPL_2012 = WeightedChoice.of(Stage.PROSECUTION_REVIEW, 10)
            .or(Stage.PRETRIAL, 35).or(Stage.TRIAL, 55).build();
    private static final WeightedChoice<Stage> STAGES_RULES_2017 = WeightedChoice.of(Stage.INVESTIGATION, 20)
            .or(Stage.PROSECUTION_REVIEW, 15).or(Stage.PRETRIAL, 30).or(Stage.TRIAL, 35).build();
    private static final WeightedChoice<Applicant> APPLICANTS_INVESTIGATION =
            WeightedChoice.of(Applicant.DEFENSE_COUNSEL, 85).or(Applicant.DEFENDANT, 15).build();
    private static final WeightedChoice<Applicant> APPLICANTS_PROSECUTION_REVIEW =
            WeightedChoice.of(Applicant.DEFENSE_COUNSEL, 60).or(Applicant.DEFENDANT, 15)
                    .or(Applicant.PROCURATORATE, 25).build();
    private static final WeightedChoice<Applicant> APPLICANTS_COURT = WeightedChoice.of(Applicant.DEFENSE_COUNSEL, 72)
            .or(Applicant.DEFENDANT, 20).or(Applicant.COURT, 8).build();
    private static final WeightedChoice<EvidenceType> EVIDENCE = WeightedChoice.of(EvidenceType.CONFESSION, 70)
            .or(EvidenceType.WITNESS_TESTIMONY, 12).or(EvidenceType.VICTIM_STATEMENT, 5)
            .or(EvidenceType.PHYSICAL_DOCUMENTARY, 10).or(EvidenceType.OTHER, 3).build();
    private static final WeightedChoice<AllegedMethod> METHODS_TESTIMONIAL =
            WeightedChoice.of(AllegedMethod.TORTURE, 32).or(AllegedMethod.VIOLENCE, 8).or(AllegedMethod.THREAT, 16)
                    .or(AllegedMethod.ILLEGAL_DETENTION, 8).or(AllegedMethod.FATIGUE, 20)
                    .or(AllegedMethod.DECEPTION, 7).or(AllegedMethod.PROCEDURAL, 6).or(AllegedMethod.OTHER, 3).build();
    private static final WeightedChoice<AllegedMethod> METHODS_PHYSICAL =
            WeightedChoice.of(AllegedMethod.PROCEDURAL, 80).or(AllegedMethod.OTHER, 20).build();

    private final DatasetCsvWriter out;
    private int nextId = 1;

    ExclusionMotionGenerator(DatasetCsvWriter out) {
        this.out = out;
    }

    /**
     * Share of public-prosecution defendants whose case (filed with the court on {@code caseFiled}) has a motion:
     * very rare before 2013, growing under the 2012 CPL, a jump with the 2017 rules, then slow growth.
     */
    static double motionProbability(LocalDate caseFiled) {
        if (caseFiled.isBefore(CPL_2012)) {
            return RATE_BEFORE_2013;
        }
        if (caseFiled.isBefore(EXCLUSION_RULES_2017)) {
            double progress = (double) ChronoUnit.DAYS.between(CPL_2012, caseFiled)
                    / ChronoUnit.DAYS.between(CPL_2012, EXCLUSION_RULES_2017);
            return RATE_2013 + progress * (RATE_JUNE_2017 - RATE_2013);
        }
        double years = ChronoUnit.DAYS.between(EXCLUSION_RULES_2017, caseFiled) / 365.25;
        return Math.min(RATE_CAP, RATE_AFTER_JUNE_2017 + years * RATE_GROWTH_PER_YEAR);
    }

    /** Share of decisions on the merits that grant (fully or partly). */
    static double grantRate(LocalDate filed) {
        return filed.isBefore(EXCLUSION_RULES_2017) ? GRANT_RATE_BEFORE_2017 : GRANT_RATE_AFTER_2017;
    }

    /**
     * Expected share of public-prosecution defendants concluded in {@code year} with a granted motion (cases are
     * filed some four months before they conclude), used to keep the national acquittal rate on target.
     */
    static double grantedShare(int year) {
        LocalDate typicalFiling = LocalDate.of(year, 3, 1);
        return motionProbability(typicalFiling) * (1 + SECOND_MOTION) * (1 - WITHDRAWN) * grantRate(typicalFiling);
    }

    /** Draws and writes the defendant's motions; true if one was granted (fully or partly). */
    boolean motionsFor(CaseFacts facts, String defendantRef, SplittableRandom random) throws IOException {
        if (random.nextDouble() >= motionProbability(facts.filed())) {
            return false;
        }
        boolean granted = motion(facts, defendantRef, random);
        if (random.nextDouble() < SECOND_MOTION) {
            granted |= motion(facts, defendantRef, random);
        }
        return granted;
    }

    /**
     * For a defendant convicted at first instance shortly before {@code end}: maybe an appeal-stage motion filed
     * after the judgment and still pending at the end of the generated span.
     */
    void pendingAppealFor(CaseFacts facts, String defendantRef, LocalDate end, SplittableRandom random)
            throws IOException {
        long daysLeft = ChronoUnit.DAYS.between(facts.concluded(), end);
        if (daysLeft < 1 || daysLeft > PENDING_WINDOW_DAYS
                || random.nextDouble() >= PENDING_APPEAL_FACTOR * motionProbability(facts.filed())) {
            return;
        }
        LocalDate filed = facts.concluded().plusDays(1 + random.nextInt((int) daysLeft));
        EvidenceType evidence = EVIDENCE.pick(random);
        write(facts, defendantRef, Stage.APPEAL, appealCourt(facts.courtLevel()), APPLICANTS_COURT.pick(random),
                evidence, method(evidence, random), filed, null, Decision.PENDING, null);
    }

    /** The court that hears an appeal from a first-instance court of the given level. */
    private static CourtLevel appealCourt(CourtLevel firstInstance) {
        return switch (firstInstance) {
            case BASIC -> CourtLevel.INTERMEDIATE;
            case INTERMEDIATE -> CourtLevel.HIGH;
            case HIGH, SUPREME -> CourtLevel.SUPREME;
        };
    }

    private boolean motion(CaseFacts facts, String defendantRef, SplittableRandom random) throws IOException {
        Stage stage = facts.proceeding() == Proceeding.APPEAL && random.nextDouble() < APPEAL_STAGE_IN_APPEALS
                ? Stage.APPEAL : stages(facts.filed()).pick(random);
        LocalDate filed = filedDate(stage, facts, random);
        if (stage == Stage.INVESTIGATION && filed.isBefore(EXCLUSION_RULES_2017)
                || stage == Stage.PROSECUTION_REVIEW && filed.isBefore(CPL_2012)) {
            stage = Stage.PRETRIAL;
            filed = filedDate(stage, facts, random);
        }
        EvidenceType evidence = EVIDENCE.pick(random);
        Decision decision = decision(filed, random);
        long window = Math.min(90, ChronoUnit.DAYS.between(filed, facts.concluded()));
        LocalDate decided = filed.plusDays(1 + random.nextInt((int) Math.max(1, window)));
        boolean beforeCourt = stage == Stage.INVESTIGATION || stage == Stage.PROSECUTION_REVIEW;
        write(facts, defendantRef, stage, beforeCourt ? null : facts.courtLevel(), applicant(stage, random), evidence,
                method(evidence, random), filed, decided, decision, itemsExcluded(decision, random));
        return decision == Decision.GRANTED || decision == Decision.PARTIALLY_GRANTED;
    }

    private static WeightedChoice<Stage> stages(LocalDate caseFiled) {
        if (caseFiled.isBefore(CPL_2012)) {
            return STAGES_BEFORE_2013;
        }
        return caseFiled.isBefore(EXCLUSION_RULES_2017) ? STAGES_CPL_2012 : STAGES_RULES_2017;
    }

    /** A filing date that fits the stage: before the court filing for pre-trial stages, within the trial otherwise. */
    private static LocalDate filedDate(Stage stage, CaseFacts facts, SplittableRandom random) {
        long trialDays = ChronoUnit.DAYS.between(facts.filed(), facts.concluded());
        long third = Math.max(1, trialDays / 3);
        return switch (stage) {
            case INVESTIGATION -> facts.filed().minusDays(60 + random.nextInt(120));
            case PROSECUTION_REVIEW -> facts.filed().minusDays(5 + random.nextInt(40));
            case PRETRIAL -> facts.filed().plusDays(random.nextLong(third));
            case TRIAL -> facts.filed().plusDays(third + random.nextLong(Math.max(1, trialDays - third)));
            case APPEAL -> facts.filed().plusDays(random.nextLong(Math.max(1, trialDays)));
        };
    }

    private static Applicant applicant(Stage stage, SplittableRandom random) {
        return switch (stage) {
            case INVESTIGATION -> APPLICANTS_INVESTIGATION.pick(random);
            case PROSECUTION_REVIEW -> APPLICANTS_PROSECUTION_REVIEW.pick(random);
            case PRETRIAL, TRIAL, APPEAL -> APPLICANTS_COURT.pick(random);
        };
    }

    private static AllegedMethod method(EvidenceType evidence, SplittableRandom random) {
        return evidence == EvidenceType.PHYSICAL_DOCUMENTARY ? METHODS_PHYSICAL.pick(random)
                : METHODS_TESTIMONIAL.pick(random);
    }

    private static Decision decision(LocalDate filed, SplittableRandom random) {
        if (random.nextDouble() < WITHDRAWN) {
            return Decision.WITHDRAWN;
        }
        if (random.nextDouble() >= grantRate(filed)) {
            return Decision.DENIED;
        }
        return random.nextDouble() < FULL_GRANTS ? Decision.GRANTED : Decision.PARTIALLY_GRANTED;
    }

    private static Integer itemsExcluded(Decision decision, SplittableRandom random) {
        return switch (decision) {
            case GRANTED -> 1 + (random.nextDouble() < 0.4 ? 1 + random.nextInt(2) : 0);
            case PARTIALLY_GRANTED -> 1 + random.nextInt(2);
            case DENIED -> 0;
            case WITHDRAWN, PENDING -> null;
        };
    }

    private void write(CaseFacts facts, String defendantRef, Stage stage, CourtLevel courtLevel, Applicant applicant,
                       EvidenceType evidence, AllegedMethod method, LocalDate filed, LocalDate decided,
                       Decision decision, Integer items) throws IOException {
        out.write(new CsvRow(Dataset.EXCLUSION_MOTIONS)
                .set("motion_id", Ids.of("M", nextId++, 7))
                .set("case_id", facts.caseId())
                .set("defendant_ref", defendantRef)
                .set("region", facts.province().name())
                .set("court_level", courtLevel)
                .set("stage", stage)
                .set("applicant", applicant)
                .set("evidence_type", evidence)
                .set("alleged_method", method)
                .set("filed_date", filed)
                .set("decided_date", decided)
                .set("decision", decision)
                .set("items_excluded", items));
    }
}
