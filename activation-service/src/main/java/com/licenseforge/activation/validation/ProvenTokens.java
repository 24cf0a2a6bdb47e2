package com.licenseforge.activation.validation;

import com.licenseforge.common.token.TokenClaims;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Activation tokens of floating licenses' machines this process has verified, by their SHA-256: a machine
 * heartbeats with the same token for hours, and checking its signature again each time would prove nothing new.
 * A remembered token is trusted until it expires; only what the answer depends on is kept (its serial, machine
 * and expiry). Bounded: when full it is emptied and refills from the next heartbeats.
 */
@ApplicationScoped
public class ProvenTokens {

    static final int CAPACITY = 100_000;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** What a verified token said. */
    record Proven(String serial, String fingerprintHash, Instant expiresAt) {

        static Proven of(JWTClaimsSet claims) throws ParseException {
            return new Proven(claims.getSubject(), claims.getStringClaim(TokenClaims.FINGERPRINT),
                    claims.getExpirationTime().toInstant());
        }

        boolean proves(String serial, String fingerprintHash, Instant now) {
            return serial.equals(this.serial) && fingerprintHash.equals(this.fingerprintHash) && expiresAt.isAfter(now);
        }
    }

    private final Map<String, Proven> proven = new ConcurrentHashMap<>();

    Optional<Proven> of(String token) {
        return Optional.ofNullable(proven.get(digest(token)));
    }

    Proven remember(String token, JWTClaimsSet claims) throws ParseException {
        Proven verified = Proven.of(claims);
        if (proven.size() >= CAPACITY) {
            proven.clear();
        }
        proven.put(digest(token), verified);
        return verified;
    }

    private static String digest(String token) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return Base64.getEncoder().encodeToString(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
