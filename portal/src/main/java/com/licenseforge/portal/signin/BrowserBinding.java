package com.licenseforge.portal.signin;

import com.licenseforge.websession.SessionRows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Binds a mailed sign-in link to the browser that asked for it: the browser keeps a random secret in a cookie, the
 * issuer stores only its SHA-256 with the link and redeems the link only together with the secret. Someone who
 * reads the mail (or a link scanner) holds the code without the secret.
 */
record BrowserBinding(String secret) {

    static BrowserBinding random() {
        return new BrowserBinding(SessionRows.randomId());
    }

    /** What the issuer stores: base64url (no padding) of the secret's SHA-256, 43 characters. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "BrowserBinding[secret hidden]";
    }
}
