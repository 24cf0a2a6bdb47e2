package com.licenseforge.format;

import java.util.Optional;

/**
 * A license serial: 15 random base32 characters and a check character, written in groups of four
 * ({@code 7KQ2-M9XD-4HRT-W3PB}). The check character is a weighted sum over GF(32) with distinct powers of a
 * primitive element as weights, so every single mistyped character and every swap of two neighbours
 * (the check character included) is caught: a typo is answered as malformed instead of looked up as unknown.
 */
public final class Serial {

    private static final int PAYLOAD = 15;
    /** x^5 + x^2 + 1, a primitive polynomial: x generates all 31 non-zero elements of GF(32). */
    private static final int PRIMITIVE_POLYNOMIAL = 0b100101;

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

    /** The character c with c + sum(payload[i] * x^(i+1)) = 0 in GF(32). */
    static char checkCharacter(String payload) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < payload.length(); i++) {
            weight = multiplyByX(weight);
            sum ^= multiply(Base32.ALPHABET.indexOf(payload.charAt(i)), weight);
        }
        return Base32.ALPHABET.charAt(sum);
    }

    private static int multiplyByX(int a) {
        a <<= 1;
        return (a & 0b100000) != 0 ? a ^ PRIMITIVE_POLYNOMIAL : a;
    }

    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 4; bit >= 0; bit--) {
            product = multiplyByX(product);
            if ((b >> bit & 1) == 1) {
                product ^= a;
            }
        }
        return product;
    }
}
