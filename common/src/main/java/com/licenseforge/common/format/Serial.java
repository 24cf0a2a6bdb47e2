package com.licenseforge.common.format;

import java.util.Optional;

/**
 * A license serial: 15 random base32 characters and a Luhn mod 32 check character, written in groups of
 * four ({@code 7KQ2-M9XD-4HRT-W3PB}). The check character catches every single mistyped character and
 * every swap of two neighbours, so a typo is answered as malformed instead of looked up as unknown.
 */
public final class Serial {

    private static final int PAYLOAD = 15;
    private static final int N = Base32.ALPHABET.length();

    private Serial() {
    }

    public static String generate() {
        String payload = Base32.random(PAYLOAD);
        return Base32.group(payload + checkCharacter(payload), 4);
    }

    /** The canonical form of {@code input}, or empty when it is not a well-formed serial. */
    public static Optional<String> parse(String input) {
        String chars = Base32.normalize(input);
        if (chars == null || chars.length() != PAYLOAD + 1) {
            return Optional.empty();
        }
        String payload = chars.substring(0, PAYLOAD);
        if (checkCharacter(payload) != chars.charAt(PAYLOAD)) {
            return Optional.empty();
        }
        return Optional.of(Base32.group(chars, 4));
    }

    /** Luhn mod N: doubles every second code point from the right. */
    static char checkCharacter(String payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * Base32.ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return Base32.ALPHABET.charAt((N - sum % N) % N);
    }
}
