package com.licenseforge.common.format;

import com.licenseforge.common.problem.ProblemException;

import java.util.Optional;

/**
 * A license serial ({@code 7KQ2-M9XD-4HRT-W3PB}); the format, shared with customer tools, is
 * {@link com.licenseforge.format.Serial}.
 */
public final class Serial {

    private Serial() {
    }

    public static String generate() {
        return com.licenseforge.format.Serial.generate();
    }

    /** The canonical form of {@code input}, or empty when it is not a well-formed serial. */
    public static Optional<String> parse(String input) {
        return com.licenseforge.format.Serial.parse(input);
    }

    /** The canonical form of {@code input}; a malformed serial is bad input in {@code field}, never an unknown one. */
    public static String require(String field, String input) {
        return parse(input).orElseThrow(() ->
                ProblemException.validation(field, "is not a well-formed serial (check character)"));
    }
}
