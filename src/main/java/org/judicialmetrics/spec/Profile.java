package org.judicialmetrics.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.period.Era;

/**
 * A jurisdiction profile ({@code jobs/profiles/<id>.json}): what differs between legal systems, so that a
 * jurisdiction is configuration and never code. A job spec names its profile ({@code cn} by default) and may override
 * any of these; {@link JobSpecLoader} resolves them (command line > job spec > profile > built-in defaults).
 *
 * @param schema       the JSON Schema the file is written against (for editors; ignored)
 * @param id           the profile's name, as job specs write it
 * @param title        the jurisdiction in words
 * @param jurisdiction the {@code jurisdiction} code of rows that do not give one
 * @param eras         reform dates to compare outcomes across (empty: no era comparisons)
 * @param codes        codes added to code columns: column -> code -> group memberships
 * @param breakdowns   dataset -> the breakdowns its metrics are published by (replaces the built-in list)
 * @param metrics      the metrics the profile's jobs compute
 * @param plausibility the earliest plausible date and the largest plausible value of number columns
 * @param languages    the languages reports are written in
 * @param published    the jurisdiction's published figures: measure labels, denominators, reconciliation, report texts
 * @param translations language -> English text or code as configured or found in the data -> its words in that
 *                     language (a job title, an era or breakdown label, a column name, a code such as {@code BASIC}):
 *                     the profile's words in each report edition besides English; what it lacks stays as in English
 * @param timeZone     the time zone in which an instant of the inputs (a Parquet TIMESTAMP with time zone) falls on its
 *                     date: a region id ({@code America/New_York}) or an offset ({@code +08:00}); UTC when absent
 */
public record Profile(
        @JsonProperty("$schema") String schema,
        String id,
        String title,
        String jurisdiction,
        List<Era> eras,
        Map<String, Map<String, Map<String, Boolean>>> codes,
        Map<String, List<BreakdownSpec>> breakdowns,
        List<MetricSpec> metrics,
        org.judicialmetrics.model.Plausibility plausibility,
        List<String> languages,
        PublishedFigures published,
        Map<String, Map<String, String>> translations,
        String timeZone) {

    /** The profile a job spec without {@code profile} uses. */
    public static final String DEFAULT_ID = "cn";

    public Profile {
        title = title == null ? id : title;
        eras = eras == null ? List.of() : List.copyOf(eras);
        codes = codes == null ? Map.of() : codes;
        breakdowns = breakdowns == null ? Map.of() : breakdowns;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        plausibility = plausibility == null ? org.judicialmetrics.model.Plausibility.NONE : plausibility;
        languages = languages == null ? List.of("en") : List.copyOf(languages);
        published = published == null ? PublishedFigures.NONE : published;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        timeZone = timeZone == null ? "UTC" : timeZone;
    }

    /** The profile's words in a language: English text or code -> translation (none for English). */
    public Map<String, String> translations(String language) {
        return translations.getOrDefault(language, Map.of());
    }

    /** The profile's time zone; {@link Profiles} has checked that it is one. */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }
}
