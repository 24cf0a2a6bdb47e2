package com.licenseforge.console.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as people read them: {@code {when:of(license.createdAt)}} renders a {@code <time>} with the exact instant
 * in {@code datetime} and on hover, and the minute in UTC as its text, which {@code console.js} turns into the
 * viewer's own time zone (the server does not know it; without the script UTC stays, still readable).
 */
@TemplateExtension(namespace = "when")
final class Times {

    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static RawString of(Instant at) {
        return of(at, "");
    }

    /** {@code absent} (escaped) when there is no time, e.g. "perpetual" for a license that never expires. */
    static RawString of(Instant at, String absent) {
        if (at == null) {
            return new RawString(escaped(absent));
        }
        // an Instant's text is digits, '-', ':', '.', 'T' and 'Z' only: nothing to escape
        return new RawString("<time datetime=\"" + at + "\" title=\"" + at + "\">" + UTC_MINUTE.format(at) + "</time>");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
