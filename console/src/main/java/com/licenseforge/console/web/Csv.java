package com.licenseforge.console.web;

import java.util.regex.Pattern;

/**
 * One CSV cell (RFC 4180) that no spreadsheet runs as a formula. A spreadsheet in a locale that separates with
 * semicolons splits a cell this file quotes at its semicolons, so a formula trigger ({@code = + - @}, tab, CR)
 * is neutralised wherever a field could start: at the start of the cell and after every separator or line
 * break (spaces between are skipped by some importers), by an apostrophe before it; such a cell is quoted.
 */
final class Csv {

    private static final Pattern FIELD_STARTING_WITH_TRIGGER = Pattern.compile("(?:^|(?<=[,;\\t\\r\\n]))( *)(?=[=+\\-@\\t\\r])");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",;\\t\\r\\n']");

    private Csv() {
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = FIELD_STARTING_WITH_TRIGGER.matcher(value.toString()).replaceAll("$1'");
        return NEEDS_QUOTES.matcher(text).find() ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
