package org.judicialmetrics.generate;

import java.time.LocalDate;
import org.judicialmetrics.model.Codes.CourtLevel;
import org.judicialmetrics.model.Codes.Proceeding;
import org.judicialmetrics.model.Codes.ProsecutionType;

/** What all defendants of one synthetic case share: court, proceeding, offence and dates. */
record CaseFacts(String caseId, Province province, CourtLevel courtLevel, String courtId, Proceeding proceeding,
                 ProsecutionType prosecution, String offense, LocalDate filed, LocalDate concluded) {
}
