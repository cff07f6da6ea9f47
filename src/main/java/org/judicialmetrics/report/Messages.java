package org.judicialmetrics.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.judicialmetrics.util.Placeholders;

/**
 * A report edition's words in one language, read from {@code report/messages_<language>.properties} (UTF-8), so every
 * edition fills the one template with the same figures and only the words differ. Texts take {@code {name}}
 * placeholders for the figures; every language has every key, with the same placeholders (checked by a test).
 */
public final class Messages {

    /** The languages that have a bundle, in their fixed order; a profile may list any of them. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The bundle of a language; a language without one is an error naming those there are. */
    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no report messages for language '" + language + "'; known: "
                    + String.join(", ", LANGUAGES));
        }
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    /** The English edition's words: the default. */
    public static Messages english() {
        return of("en");
    }

    public String language() {
        return language;
    }

    /** The text of a key with its placeholders filled from name-value pairs. */
    public String text(String key, String... namesAndValues) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("report messages '" + language + "' have no key " + key);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Placeholders.fill(text, values, problem -> new IllegalStateException(
                "report messages '" + language + "', key " + key + ": " + problem));
    }

    /** A year, quarter or month as written in this language's sentences (an era or other period: its label). */
    public String period(org.judicialmetrics.period.Period period) {
        java.time.LocalDate start = period.start();
        String year = Integer.toString(start.getYear());
        return switch (period.type()) {
            case YEAR -> text("period.year", "year", year);
            case QUARTER -> text("period.quarter", "year", year, "quarter",
                    Integer.toString((start.getMonthValue() - 1) / 3 + 1));
            case MONTH -> text("period.month", "year", year, "month",
                    String.format(java.util.Locale.ROOT, "%02d", start.getMonthValue()));
            default -> period.label();
        };
    }

    /** The texts whose keys start with {@code prefix.}, keyed by the rest: the template's fixed words. */
    public Map<String, String> group(String prefix) {
        Map<String, String> out = new TreeMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix + ".")) {
                out.put(k.substring(prefix.length() + 1), v);
            }
        });
        return out;
    }

    /** Every key and its text, for the test that all languages say the same things. */
    public Map<String, String> all() {
        return Map.copyOf(texts);
    }

    private static Messages load(String language) {
        String resource = "/report/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report messages " + resource + " are missing from the build");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(language, Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
