package org.judicialmetrics.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * The result of one quality check, as listed in the manifest (its English name and detail) and the report's
 * data-quality section, which words it in the edition's language from {@code words}.
 *
 * @param words the check's message key and the values of its placeholders (report bundles have
 *              {@code check.<key>} for the name and {@code check.<key>.detail} for the detail); null: the name and
 *              detail as they are, in every edition
 */
public record CheckResult(String name, boolean passed, String detail, @JsonIgnore Words words) {

    /** A check said the same in every edition. */
    public CheckResult(String name, boolean passed, String detail) {
        this(name, passed, detail, null);
    }

    /** A check's message key and its placeholders' values. */
    public record Words(String key, Map<String, String> values) {
    }
}
