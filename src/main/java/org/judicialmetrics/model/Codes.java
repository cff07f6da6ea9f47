package org.judicialmetrics.model;

/** The canonical code lists of the data model (spec section 2): one enum per coded column family. */
public final class Codes {
    private Codes() {
    }

    /** Level of the court that decided. */
    public enum CourtLevel { BASIC, INTERMEDIATE, HIGH, SUPREME }

    /** Kind of proceeding that concluded. */
    public enum Proceeding { FIRST_INSTANCE, APPEAL, RETRIAL }

    /** Who brought the prosecution. */
    public enum ProsecutionType { PUBLIC, PRIVATE }

    /** How a defendant's proceeding ended; the first four are adjudications. */
    public enum Outcome {
        CONVICTED, ACQUITTED, EXEMPT_FROM_PUNISHMENT, NOT_CRIMINALLY_LIABLE, PROSECUTION_WITHDRAWN, TERMINATED;

        /** Adjudicated = a court decided guilt (spec section 4); withdrawals and terminations are not. */
        public boolean adjudicated() {
            return this != PROSECUTION_WITHDRAWN && this != TERMINATED;
        }
    }

    /** Why a defendant was acquitted. */
    public enum AcquittalBasis { INSUFFICIENT_EVIDENCE, NOT_A_CRIME, OTHER }

    /** Procedural stage at which exclusion of evidence was sought. */
    public enum Stage { INVESTIGATION, PROSECUTION_REVIEW, PRETRIAL, TRIAL, APPEAL }

    /** Who asked for (or started) the exclusion review. */
    public enum Applicant { DEFENSE_COUNSEL, DEFENDANT, PROCURATORATE, COURT }

    /** Kind of evidence challenged. */
    public enum EvidenceType { CONFESSION, WITNESS_TESTIMONY, VICTIM_STATEMENT, PHYSICAL_DOCUMENTARY, OTHER }

    /** Illegal method alleged to have produced the evidence. */
    public enum AllegedMethod { TORTURE, VIOLENCE, THREAT, ILLEGAL_DETENTION, FATIGUE, DECEPTION, PROCEDURAL, OTHER }

    /** Decision on an exclusion motion; GRANTED, PARTIALLY_GRANTED and DENIED are decisions on the merits. */
    public enum Decision {
        GRANTED, PARTIALLY_GRANTED, DENIED, WITHDRAWN, PENDING;

        /** A decision on the merits, which needs a decided date. */
        public boolean decided() {
            return this == GRANTED || this == PARTIALLY_GRANTED || this == DENIED;
        }
    }

    /** Route by which a final conviction was reviewed. */
    public enum ReviewType { RETRIAL, PROCURATORATE_PROTEST, PETITION, APPEAL }

    /** Result of a review of a final conviction. */
    public enum ReviewResult { OVERTURNED_ACQUITTED, OVERTURNED_MODIFIED, REMANDED, UPHELD }

    /** Grounds of a review (multi-valued). */
    public enum Ground {
        INSUFFICIENT_EVIDENCE, ILLEGAL_EVIDENCE_EXCLUDED, NEW_EVIDENCE, TRUE_PERPETRATOR_FOUND, LAW_MISAPPLIED,
        PROCEDURAL_VIOLATION, OTHER
    }
}
