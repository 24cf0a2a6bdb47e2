package com.licenseforge.console.web;

import com.licenseforge.console.api.ServiceProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Turning what a form sent into what the APIs take; bad input is refused like the services refuse it. */
final class Forms {

    private Forms() {
    }

    /** A date field (yyyy-mm-dd) as the instant that day starts in UTC; blank stays absent. */
    static Instant startOfDay(String date, String field) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field + " is not a date (yyyy-mm-dd)");
        }
    }

    static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    static Instant now() {
        return Instant.now();
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required");
        }
        return value.strip();
    }

    /** A confirmation checkbox: destructive actions need it ticked. */
    static void confirmed(String confirm) {
        if (!"yes".equals(confirm)) {
            throw invalid("tick the confirmation to go ahead");
        }
    }

    static ServiceProblem invalid(String message) {
        return new ServiceProblem(400, "VALIDATION_FAILED", message + ".");
    }
}
