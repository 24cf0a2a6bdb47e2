package com.licenseforge.format;

import java.security.SecureRandom;

/**
 * Crockford's base32 alphabet of serials and CD keys: no I, L, O or U, so a person reading a key aloud or off
 * paper cannot confuse 1/I/L or 0/O; on input those look-alikes are read as the digits they resemble.
 */
public final class Base32 {

    /** The 32 characters, in the order of their values. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Base32() {
    }

    static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** Upper-cases, drops separators and maps look-alikes; null when a character is not in the alphabet. */
    public static String normalize(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(input.length());
        for (char c : input.toUpperCase().toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return null;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Splits into hyphen-separated groups of {@code size}. */
    static String group(String chars, int size) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chars.length(); i += size) {
            if (i > 0) {
                out.append('-');
            }
            out.append(chars, i, Math.min(chars.length(), i + size));
        }
        return out.toString();
    }
}
