package com.licenseforge.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Reads an instant written in any ISO-8601 form client libraries produce: {@code Z} or an offset with or without
 * a colon ({@code +00:00}, {@code +0000}, {@code +00}), with or without seconds, and with fractions of a second of
 * any precision up to nanoseconds ({@code 2026-12-06T22:00:00.000000+0000} is what Python's generated clients
 * send). Answers are still written in one form, UTC with {@code Z}.
 */
public final class IsoInstants {

    private static final DateTimeFormatter LIBERAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private IsoInstants() {
    }

    /** @throws DateTimeParseException when the text is no date-time with an offset */
    public static Instant parse(String text) {
        return OffsetDateTime.parse(text, LIBERAL).toInstant();
    }
}
