package com.licenseforge.activation.trials;

import com.licenseforge.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A prospect's contact e-mail, and the one person behind its spellings: compared lower-case, without a
 * {@code +tag}, and without dots where the provider ignores them (Gmail), so {@code Jane.Doe+trial2@gmail.com}
 * is {@code janedoe@gmail.com}. Only a hash of that form is kept for the comparison.
 */
public final class ContactEmail {

    static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> DOTLESS_DOMAINS = Set.of("gmail.com", "googlemail.com");

    private ContactEmail() {
    }

    /** The address as given, stripped; a malformed one is bad input. */
    public static String require(String field, String email) {
        String given = email == null ? "" : email.strip();
        if (given.length() > MAX_LENGTH || !FORM.matcher(given).matches()) {
            throw ProblemException.validation(field, "must be an e-mail address");
        }
        return given;
    }

    /** The form every spelling of one mailbox shares. */
    public static String normalised(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        int tag = local.indexOf('+');
        if (tag >= 0) {
            local = local.substring(0, tag);
        }
        if (DOTLESS_DOMAINS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** What is stored and compared: a hash of the normalised form, not the address. */
    public static String key(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
