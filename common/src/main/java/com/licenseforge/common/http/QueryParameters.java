package com.licenseforge.common.http;

import com.licenseforge.common.json.StorableInstant;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.time.IsoInstants;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Query parameters read by hand: a typed {@code @QueryParam} that cannot be converted answers 404 under
 * Jakarta REST, where a caller needs 400 {@code VALIDATION_FAILED} naming the parameter.
 */
public final class QueryParameters {

    /** Highest page number: page × size stays far below the int offset the database query takes. */
    public static final int MAX_PAGE = 100_000;

    private QueryParameters() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below like a value out of range
        }
        throw ProblemException.validation(name, "must be a whole number from " + min + " to " + max);
    }

    public static UUID uuid(String name, String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(name, "must be a UUID");
        }
    }

    public static Instant instant(String name, String value) {
        Instant parsed;
        try {
            parsed = value == null ? null : IsoInstants.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(name, "must be an ISO-8601 UTC instant such as 2026-01-31T00:00:00Z");
        }
        if (!StorableInstant.isStorable(parsed)) {
            throw ProblemException.validation(name, StorableInstant.RANGE);
        }
        return parsed;
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Free text compared with stored values: bounded, and without control characters PostgreSQL cannot hold. */
    public static String text(String name, String value, int maxLength) {
        if (value != null && (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.validation(name, "must be at most " + maxLength + " printable characters");
        }
        return value;
    }
}
