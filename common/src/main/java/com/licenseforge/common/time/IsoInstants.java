package com.licenseforge.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads an instant written in any ISO-8601 form client libraries produce: {@code Z} or an offset with or without
 * a colon ({@code +00:00}, {@code +0000}, {@code +00}), with or without seconds, and with fractions of a second of
 * any precision up to nanoseconds ({@code 2026-12-06T22:00:00.000000+0000} is what Python's generated clients
 * send). Answers are still written in one form, UTC with {@code Z}.
 */
public final class IsoInstants {

    private static final DateTimeFormatter LIBERAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().append(DateTimeFormatter.ISO_OFFSET_DATE_TIME).toFormatter();
    /** An offset without a colon ({@code +0100}) or without minutes ({@code +01}) after the time. */
    private static final Pattern OFFSET_HOURS_MINUTES = Pattern.compile("(?i)(t[\\d:.]+[+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS = Pattern.compile("(?i)(t[\\d:.]+[+-]\\d{2})$");

    private IsoInstants() {
    }

    /** @throws DateTimeParseException when the text is no date-time with an offset */
    public static Instant parse(String text) {
        String written = OFFSET_HOURS_MINUTES.matcher(text).replaceFirst("$1:$2");
        written = OFFSET_HOURS.matcher(written).replaceFirst("$1:00");
        return OffsetDateTime.parse(written, LIBERAL).toInstant();
    }
}
