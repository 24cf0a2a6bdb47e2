package com.licenseforge.common.customer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.licenseforge.common.token.Ed25519Jws;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Mints customer tokens (the issuer holds the private key): a token lives 15 minutes and is renewed while the
 * session lasts, which ends 8 hours after the sign-in ({@code auth_time}) whatever the renewals.
 */
public final class CustomerTokenSigner {

    public static final String AUDIENCE = "licenseforge-customer";
    public static final String ACCOUNT = "account";
    public static final String LICENSE = "license";
    public static final String AUTH_TIME = "auth_time";
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private final OctetKeyPair key;
    private final JWSSigner signer;
    private final String issuer;

    public CustomerTokenSigner(OctetKeyPair key, String issuer) {
        this.key = key;
        this.signer = Ed25519Jws.signer(key);
        this.issuer = issuer;
    }

    /** A token for {@code scope}; its session must last at {@code now} ({@link #sessionLasts}). */
    public Minted mint(CustomerScope scope, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        Instant authTime = Instant.ofEpochSecond(scope.authTime().getEpochSecond());
        Instant sessionEndsAt = authTime.plus(SESSION_LIFETIME);
        Instant tokenEnd = issuedAt.plus(TOKEN_LIFETIME);
        Instant expiresAt = tokenEnd.isBefore(sessionEndsAt) ? tokenEnd : sessionEndsAt;
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalStateException("the session ended at " + sessionEndsAt);
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(scope.actor())
                .claim(AUTH_TIME, authTime.getEpochSecond())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        if (scope.isAccount()) {
            claims.claim(ACCOUNT, scope.accountId().toString());
        } else {
            claims.claim(LICENSE, scope.licenseId().toString());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("customer token not signed", e);
        }
        return new Minted(jwt.serialize(), expiresAt, sessionEndsAt);
    }

    /** Whether a session signed in at {@code authTime} still lasts at {@code now}. */
    public static boolean sessionLasts(Instant authTime, Instant now) {
        return Instant.ofEpochSecond(authTime.getEpochSecond()).plus(SESSION_LIFETIME).isAfter(now);
    }

    public record Minted(String token, Instant expiresAt, Instant sessionEndsAt) {
    }
}
