package org.judicialmetrics.spec;

import org.judicialmetrics.storage.Location;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.judicialmetrics.util.Json;

/**
 * Reads a configuration file (job spec, source mapping) strictly: unknown fields are errors, and every error is a
 * {@link SpecException} naming the file, the field path and what is allowed.
 */
public final class StrictJson {

    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictJson() {
    }

    public static <T> T read(Location file, Class<T> type) {
        byte[] bytes;
        try {
            bytes = file.readBytes();
        } catch (org.judicialmetrics.storage.StorageException e) {
            throw new SpecException(e.getMessage());
        }
        return read(file, bytes, type);
    }

    /** Reads configuration bytes named {@code file} in messages. */
    public static <T> T read(Location file, byte[] bytes, Class<T> type) {
        try {
            return STRICT.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
            throw new SpecException(file + ": unknown field '" + path(e) + "'; allowed here: " + known);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw new SpecException(file + ": field '" + path(e) + "': " + mismatch(e));
        } catch (JsonMappingException e) {
            throw new SpecException(file + ": field '" + path(e) + "': " + rootMessage(e));
        } catch (JsonProcessingException e) {
            throw new SpecException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SpecException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Fails with a message naming the file and field when a rule does not hold. */
    public static void require(Location file, String field, boolean ok, String allowed) {
        if (!ok) {
            throw new SpecException(file + ": field '" + field + "': " + allowed);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What the field should hold and what it holds, in words rather than Java types. */
    private static String mismatch(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return rootMessage(e);
        }
        String found;
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            found = "\"" + f.getValue() + "\"";
        } else if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p && p.currentToken() != null) {
            found = switch (p.currentToken()) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT -> "a whole number";
                case VALUE_NUMBER_FLOAT -> "a decimal number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "null";
                default -> "something else";
            };
        } else {
            return rootMessage(e);
        }
        return "expected " + expected(target) + ", found " + found;
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString()
                    .toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : t.getMessage();
        return msg == null ? t.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }
}
