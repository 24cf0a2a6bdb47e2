package com.licenseforge.activation.trials;

import java.util.List;
import java.util.Locale;

/**
 * The language of a prospect's trial mail: the one the request names, else the first of the mail's languages the
 * request's {@code Accept-Language} ranks highest, else English. A header that cannot be read counts as absent: it
 * is a browser's or installer's default, not something the prospect typed.
 */
final class TrialLanguage {

    static final String PATTERN = "^(en|de|zh)$";
    private static final List<String> LANGUAGES = List.of("en", "de", "zh");

    private TrialLanguage() {
    }

    static String of(String requested, String acceptLanguage) {
        if (requested != null) {
            return requested;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return tag == null ? "en" : tag;
        } catch (IllegalArgumentException unreadable) {
            return "en";
        }
    }
}
