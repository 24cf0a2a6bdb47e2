package com.licenseforge.console.web;

import com.licenseforge.format.Serial;

import java.util.UUID;

/** Path segments the console puts into service URLs: only well-formed ones, so no path can be smuggled in. */
final class Paths {

    private Paths() {
    }

    static String uuid(String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Forms.invalid("'" + value + "' is not an id");
        }
    }

    static String serial(String value) {
        return Serial.parse(value).orElseThrow(() -> Forms.invalid("'" + value + "' is not a serial (check its characters)"));
    }

    static String productCode(String value) {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw Forms.invalid("'" + value + "' is not a product code");
        }
        return value;
    }
}
