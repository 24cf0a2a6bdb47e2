package com.licenseforge.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers the staff tokens smallrye-jwt has verified, until they expire: a person's token comes with every
 * request of their session, and verifying its EdDSA signature again each time cost more CPU than the request
 * itself, on the thread that reads every request. Only the exact text of a token verified in full is
 * recognised, and never past its {@code exp}; a token that fails verification is not remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedStaffTokens implements JWTParser {

    /** Far more than the staff signed in at once; bounded, so strangers' tokens cannot fill the memory. */
    private static final int MOST_TOKENS = 2_000;

    private final DefaultJWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    public VerifiedStaffTokens(DefaultJWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MOST_TOKENS)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, principal) -> untilExpiry(principal)))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken principal = verifier.parse(token);
        verified.put(token, principal);
        return principal;
    }

    private Duration untilExpiry(JsonWebToken principal) {
        Duration left = Duration.ofSeconds(principal.getExpirationTime() - clock.instant().getEpochSecond());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
