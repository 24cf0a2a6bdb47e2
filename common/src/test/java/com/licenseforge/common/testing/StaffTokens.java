package com.licenseforge.common.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens as the company IdP would issue them, signed with the test-only key in
 * {@code staff-test/private-key.pem}; services under test trust {@code staff-test/public-key.pem}.
 */
public final class StaffTokens {

    public static final String ISSUER = "https://idp.licenseforge.test";
    public static final String AUDIENCE = "licenseforge";
    private static final PrivateKey KEY = load();

    private StaffTokens() {
    }

    /** A token for {@code subject} holding {@code roles}, valid for an hour. */
    public static String token(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .jws().keyId("staff-test").algorithm(SignatureAlgorithm.EDDSA).sign(KEY);
    }

    /** A token the IdP issued for another application: right issuer and key, other audience. */
    public static String otherAudience(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience("another-application").subject(subject).upn(subject)
                .groups(Set.of(roles)).expiresIn(Duration.ofHours(1))
                .jws().keyId("staff-test").algorithm(SignatureAlgorithm.EDDSA).sign(KEY);
    }

    /** A token issued at {@code issuedAt} that expires at {@code expiresAt}, named {@code name}. */
    public static String issued(String name, Instant issuedAt, Instant expiresAt, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(name).upn(name).groups(Set.of(roles))
                .issuedAt(issuedAt).expiresAt(expiresAt)
                .jws().keyId("staff-test").algorithm(SignatureAlgorithm.EDDSA).sign(KEY);
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(roles))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(60))
                .jws().keyId("staff-test").algorithm(SignatureAlgorithm.EDDSA).sign(KEY);
    }

    /** A token from another issuer, which the services must refuse. */
    public static String foreignIssuer(String subject, String... roles) {
        return Jwt.issuer("https://elsewhere.test").audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .jws().keyId("staff-test").algorithm(SignatureAlgorithm.EDDSA).sign(KEY);
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, roles);
    }

    private static PrivateKey load() {
        try (InputStream in = StaffTokens.class.getResourceAsStream("/staff-test/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("test staff key unreadable", e);
        }
    }
}
