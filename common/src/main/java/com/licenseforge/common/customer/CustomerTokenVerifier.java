package com.licenseforge.common.customer;

import com.licenseforge.common.token.Ed25519Jws;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Checks a customer token and answers its scope: EdDSA by the one configured key (named by {@code kid}), this
 * issuer, the customer audience, not expired, not issued in the future, within its session, a printable subject and
 * exactly one of {@code account} and {@code license}. A staff token fails on key and audience.
 */
public final class CustomerTokenVerifier {

    /** What the clocks of issuer and verifier may differ by. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final String keyId;
    private final JWSVerifier verifier;
    private final String issuer;
    private final Clock clock;

    public CustomerTokenVerifier(OctetKeyPair publicKey, String issuer, Clock clock) {
        this.keyId = publicKey.getKeyID();
        this.verifier = Ed25519Jws.verifier(publicKey.toPublicJWK());
        this.issuer = issuer;
        this.clock = clock;
    }

    public CustomerScope verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!Ed25519Jws.ALGORITHMS.contains(header.getAlgorithm()) || !keyId.equals(header.getKeyID())
                    || !jwt.verify(verifier)) {
                throw new Invalid("not signed by the customer token key");
            }
            return scope(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private CustomerScope scope(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        if (!issuer.equals(claims.getIssuer()) || claims.getAudience() == null
                || !claims.getAudience().contains(CustomerTokenSigner.AUDIENCE)) {
            throw new Invalid("another issuer or audience");
        }
        Instant expiresAt = instant(claims.getExpirationTime());
        Instant issuedAt = instant(claims.getIssueTime());
        Long authSeconds = claims.getLongClaim(CustomerTokenSigner.AUTH_TIME);
        if (expiresAt == null || issuedAt == null || authSeconds == null) {
            throw new Invalid("exp, iat and auth_time are required");
        }
        Instant authTime = Instant.ofEpochSecond(authSeconds);
        if (!expiresAt.plus(CLOCK_SKEW).isAfter(now) || issuedAt.isAfter(now.plus(CLOCK_SKEW))
                || authTime.isAfter(issuedAt) || expiresAt.isAfter(authTime.plus(CustomerTokenSigner.SESSION_LIFETIME))) {
            throw new Invalid("expired, not yet valid or beyond its session");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 320
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("the subject is not printable");
        }
        String account = claims.getStringClaim(CustomerTokenSigner.ACCOUNT);
        String license = claims.getStringClaim(CustomerTokenSigner.LICENSE);
        if ((account == null) == (license == null)) {
            throw new Invalid("exactly one of account and license is required");
        }
        return account != null ? CustomerScope.account(subject, UUID.fromString(account), authTime)
                : CustomerScope.license(subject, UUID.fromString(license), authTime);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The token is not a valid customer token; the reason is for logs, never for the caller. */
    public static final class Invalid extends RuntimeException {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }
}
