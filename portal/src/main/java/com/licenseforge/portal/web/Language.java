package com.licenseforge.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages. The one chosen in the menu (a cookie) wins; else the browser's most preferred one the
 * portal speaks (Accept-Language); else English.
 */
public enum Language {
    EN("en", "English"), DE("de", "Deutsch"), ZH("zh", "中文");

    private final String tag;
    private final String name;

    Language(String tag, String name) {
        this.tag = tag;
        this.name = name;
    }

    public String tag() {
        return tag;
    }

    /** The language's own name, as the menu shows it whatever the page's language. */
    public String nativeName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    public static Language choose(String chosen, String acceptLanguage) {
        Optional<Language> fromMenu = chosen == null ? Optional.empty() : of(chosen);
        return fromMenu.orElseGet(() -> preferred(acceptLanguage));
    }

    private static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return EN;
        }
        // parse() orders by weight; q=0 means "not this one"
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-")[0];
            if ("*".equals(primary)) {
                return EN;
            }
            Optional<Language> spoken = of(primary);
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return EN;
    }
}
