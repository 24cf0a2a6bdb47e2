package com.licenseforge.client.verify;

import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.format.LicenseFile;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies license files and tokens offline against {@link TrustedKeys}, in a fixed order: size and form,
 * algorithm (EdDSA only), type, pinned key by {@code kid}, Ed25519 signature, then the claims: validity period
 * (with a small clock skew), issue time not ahead of the clock by more than the tolerance (else the clock was set
 * back), product, maintenance against the running release and, for an activation token, the machine. Thread-safe.
 */
public final class LicenseVerifier {

    /** Tokens are a few hundred bytes; anything far larger is refused before parsing. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** How far the clock may be behind a time already seen before it counts as set back. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    private final TrustedKeys keys;
    private final ProductRelease release;
    private final Clock clock;
    private final Duration clockTolerance;

    /**
     * A verifier with the default {@link #CLOCK_TOLERANCE}.
     *
     * @param keys    the pinned keys
     * @param release the running product build: tokens for another product, or whose maintenance ended before
     *                it was released, are refused
     * @param clock   the time to judge validity by (normally {@link Clock#systemUTC()})
     */
    public LicenseVerifier(TrustedKeys keys, ProductRelease release, Clock clock) {
        this(keys, release, clock, CLOCK_TOLERANCE);
    }

    /**
     * As {@link #LicenseVerifier(TrustedKeys, ProductRelease, Clock)}, with {@code clockTolerance}: a token issued
     * further than that ahead of the clock is refused as {@link VerificationFailure#CLOCK_TAMPERED}.
     */
    public LicenseVerifier(TrustedKeys keys, ProductRelease release, Clock clock, Duration clockTolerance) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.release = Objects.requireNonNull(release, "release");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (clockTolerance.isNegative()) {
            throw new IllegalArgumentException("the clock tolerance must not be negative");
        }
        this.clockTolerance = clockTolerance;
    }

    /** Verifies an activation token and that it is bound to {@code machine}. */
    public VerifiedLicense verifyActivation(String token, MachineFingerprint machine) {
        VerifiedLicense license = verify(token, TokenKind.ACTIVATION);
        if (!machine.hash().equals(license.fingerprintHash())) {
            throw new VerificationException(VerificationFailure.FINGERPRINT_MISMATCH,
                    "the activation is bound to another machine");
        }
        return license;
    }

    /** Verifies the issuer's license token (not bound to a machine). */
    public VerifiedLicense verifyLicense(String token) {
        return verify(token, TokenKind.LICENSE);
    }

    /**
     * Verifies an armored license file of either kind: the issuer's download (a license token) or the answer to
     * an offline activation (an activation token, which must be bound to {@code machine}). The header lines are
     * for people and ignored; the token decides.
     */
    public VerifiedLicense verifyLicenseFile(String licenseFile, MachineFingerprint machine) {
        String token = tokenOf(licenseFile);
        return TokenKind.ACTIVATION.type().equals(typeOf(token)) ? verifyActivation(token, machine) : verifyLicense(token);
    }

    /** The token inside an armored license file. */
    public static String tokenOf(String licenseFile) {
        if (licenseFile == null || licenseFile.length() > 4 * MAX_TOKEN_CHARS) {
            throw new VerificationException(VerificationFailure.MALFORMED, "not a license file");
        }
        try {
            return LicenseFile.tokenOf(licenseFile);
        } catch (IllegalArgumentException e) {
            throw new VerificationException(VerificationFailure.MALFORMED, "not a license file");
        }
    }

    private VerifiedLicense verify(String token, TokenKind kind) {
        SignedJWT jwt = parse(token);
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new VerificationException(VerificationFailure.ALGORITHM_NOT_ALLOWED,
                    "algorithm " + header.getAlgorithm() + " is not allowed");
        }
        JOSEObjectType type = header.getType();
        if (type == null || !kind.type().equals(type.getType())) {
            throw new VerificationException(VerificationFailure.WRONG_TYPE, "not a " + kind.type() + " token");
        }
        PublicKey key = header.getKeyID() == null ? null : keys.key(kind, header.getKeyID()).orElse(null);
        if (key == null) {
            throw new VerificationException(VerificationFailure.UNKNOWN_KEY,
                    "signed by key " + header.getKeyID() + ", which is not pinned for " + kind.type());
        }
        if (!signatureVerifies(jwt, key)) {
            throw new VerificationException(VerificationFailure.BAD_SIGNATURE, "the signature does not verify");
        }
        VerifiedLicense license = claims(jwt, kind, header.getKeyID());
        checkPeriod(license);
        if (!release.productCode().equals(license.productCode())) {
            throw new VerificationException(VerificationFailure.PRODUCT_MISMATCH,
                    "the license is for " + license.productCode() + ", not " + release.productCode());
        }
        if (!license.covers(release)) {
            throw new VerificationException(VerificationFailure.VERSION_NOT_COVERED, "version " + release.version()
                    + " was released after maintenance ended " + license.maintenanceUntil());
        }
        return license;
    }

    private void checkPeriod(VerifiedLicense license) {
        Instant now = clock.instant();
        if (license.expiresAt() != null && !now.isBefore(license.expiresAt().plus(CLOCK_SKEW))) {
            throw new VerificationException(VerificationFailure.EXPIRED, (license.kind() == TokenKind.ACTIVATION
                    ? "the lease ended " : "the license expired ") + license.expiresAt());
        }
        if (license.issuedAt() != null && now.plus(clockTolerance).isBefore(license.issuedAt())) {
            throw new VerificationException(VerificationFailure.CLOCK_TAMPERED, "the clock (" + now
                    + ") is behind the time the token was issued (" + license.issuedAt() + ")");
        }
        if (license.notBefore() != null && now.isBefore(license.notBefore().minus(CLOCK_SKEW))) {
            throw new VerificationException(VerificationFailure.NOT_YET_VALID, "the license starts " + license.notBefore());
        }
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            throw new VerificationException(VerificationFailure.MALFORMED, "not a token");
        }
        try {
            return SignedJWT.parse(token.strip());
        } catch (ParseException e) {
            throw new VerificationException(VerificationFailure.MALFORMED, "not a signed token");
        }
    }

    private static String typeOf(String token) {
        JOSEObjectType type = parse(token).getHeader().getType();
        return type == null ? null : type.getType();
    }

    private static boolean signatureVerifies(SignedJWT jwt, PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(jwt.getSigningInput());
            return ed25519.verify(jwt.getSignature().decode());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static VerifiedLicense claims(SignedJWT jwt, TokenKind kind, String keyId) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean activation = kind == TokenKind.ACTIVATION;
            VerifiedLicense license = new VerifiedLicense(kind, keyId, required(claims.getSubject(), "sub"),
                    uuid(claims.getStringClaim("lic"), "lic"), uuid(claims.getStringClaim("acct"), "acct"),
                    required(claims.getStringClaim("prd"), "prd"), claims.getStringClaim("edn"),
                    modules(claims.getJSONObjectClaim("mods")), intClaim(claims, "maxAct"),
                    epochSeconds(claims.getLongClaim("mnt")), instant(claims.getIssueTime()),
                    instant(claims.getNotBeforeTime()), instant(claims.getExpirationTime()),
                    activation ? uuid(claims.getStringClaim("org"), "org") : null,
                    activation ? uuid(claims.getStringClaim("act"), "act") : null,
                    activation ? required(claims.getStringClaim("fp"), "fp") : null,
                    claims.getStringClaim("model") == null ? "NODE_LOCKED" : claims.getStringClaim("model"),
                    claims.getLongClaim("hbi") == null ? null : Duration.ofSeconds(claims.getLongClaim("hbi")),
                    epochSeconds(claims.getLongClaim("borrow")),
                    "TRIAL".equals(claims.getStringClaim("knd")), epochSeconds(claims.getLongClaim("trialEnd")));
            if (activation && license.expiresAt() == null) {
                throw malformed("exp");
            }
            return license;
        } catch (VerificationException e) {
            throw e;
        } catch (ParseException | RuntimeException e) {
            throw new VerificationException(VerificationFailure.MALFORMED, "claims are malformed");
        }
    }

    private static Map<String, Integer> modules(Map<String, Object> mods) {
        if (mods == null) {
            throw malformed("mods");
        }
        Map<String, Integer> seats = new LinkedHashMap<>();
        mods.forEach((module, count) -> {
            if (!(count instanceof Number number)) {
                throw malformed("mods");
            }
            seats.put(module, number.intValue());
        });
        return Map.copyOf(seats);
    }

    private static int intClaim(JWTClaimsSet claims, String name) throws ParseException {
        Integer value = claims.getIntegerClaim(name);
        if (value == null) {
            throw malformed(name);
        }
        return value;
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw malformed(name);
        }
        return value;
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(required(value, name));
        } catch (IllegalArgumentException e) {
            throw malformed(name);
        }
    }

    private static Instant epochSeconds(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static VerificationException malformed(String claim) {
        return new VerificationException(VerificationFailure.MALFORMED, "claim " + claim + " is missing or malformed");
    }
}
