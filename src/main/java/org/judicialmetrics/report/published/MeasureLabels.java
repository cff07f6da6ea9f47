package org.judicialmetrics.report.published;

import java.util.Map;
import org.judicialmetrics.report.Labels;

/** Readable names for the measures of the published figures, so tables say what was counted rather than its code. */
final class MeasureLabels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("acquitted_total", "Acquittals (persons)"),
            Map.entry("acquitted_public", "Acquittals, public prosecution"),
            Map.entry("acquitted_private", "Acquittals, private prosecution"),
            Map.entry("acquitted_total_yearbook", "Acquittals, China Law Yearbook series"),
            Map.entry("persons_adjudicated_yearbook", "Persons adjudicated, China Law Yearbook series"),
            Map.entry("persons_sentenced", "Persons sentenced (excludes the acquitted)"),
            Map.entry("major_wrongful_corrected_cases", "Major wrongful convictions corrected (cases)"),
            Map.entry("major_wrongful_corrected_persons", "Major wrongful convictions corrected (persons)"),
            Map.entry("retrial_changed_criminal_cases", "Criminal cases changed on retrial"),
            Map.entry("state_compensation_cases_concluded", "State compensation cases concluded"),
            Map.entry("state_compensation_cases_received", "State compensation cases received"),
            Map.entry("proc_arrest_not_approved", "Arrests not approved (all grounds)"),
            Map.entry("proc_arrest_not_approved_insuff_evid", "Arrests not approved: insufficient evidence or no crime"),
            Map.entry("proc_nonprosecution_insuff_evid", "Not prosecuted: insufficient evidence or no crime"),
            Map.entry("prosecution_withdrawals_permitted", "Prosecution withdrawals permitted"),
            Map.entry("acquittal_share_first_instance", "Acquittal share of first-instance cases"),
            Map.entry("acquittal_rate_first_instance", "Acquittal rate, first instance"),
            Map.entry("acquittal_rate_public", "Acquittal rate, public prosecution"),
            Map.entry("acquitted_public_incl_not_liable", "Acquitted or not criminally liable, public prosecution"),
            Map.entry("cjo_criminal_judgments_published", "Criminal judgments published on China Judgments Online"),
            Map.entry("cjo_judgments_with_exclusion_procedure", "Published judgments with an exclusion procedure"),
            Map.entry("proc_arrests_approved", "Arrests approved by the procuratorate"),
            Map.entry("proc_prosecuted", "Persons prosecuted by the procuratorate"),
            Map.entry("proc_protests_against_verdicts", "Procuratorate protests against verdicts"),
            Map.entry("proc_correction_notices_illegal_collection",
                    "Procuratorate notices on illegal evidence collection"),
            Map.entry("proc_nonprosecution_all_grounds", "Not prosecuted, all grounds"),
            Map.entry("proc_nonprosecution_minor_crime", "Not prosecuted, minor crime"));

    private MeasureLabels() {
    }

    static String of(String measure) {
        return NAMES.getOrDefault(measure, Labels.humanize(measure));
    }
}
