package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Offline verification of a license or activation token (or a license file) against a JWKS, as a customer
 * system does it: EdDSA with an Ed25519 key named by {@code kid} only, the expected {@code typ}, and
 * {@code exp}/{@code nbf} honoured. Needs nothing but the JWKS document. (nimbus' generic JWT processor
 * cannot select OKP keys, hence the explicit steps.) Built from the private keys, as the issuing service holds them,
 * it checks a signature by making it again, which costs half of a verification (see {@link Ed25519Jws}).
 */
public final class TokenVerifier {

    /** A verifier per Ed25519 key id of the set, built once. */
    private final Map<String, JWSVerifier> verifiers = new HashMap<>();

    public TokenVerifier(JWKSet jwks) {
        for (JWK key : jwks.getKeys()) {
            if (key.getKeyID() != null && key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                verifiers.put(key.getKeyID(), Ed25519Jws.verifier(okp));
            }
        }
    }

    public static TokenVerifier fromJwks(String jwksJson) {
        try {
            return new TokenVerifier(JWKSet.parse(jwksJson));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK set", e);
        }
    }

    /** Verifies a compact token of type {@code typ} and returns its claims; throws {@link InvalidTokenException}. */
    public JWTClaimsSet verify(String token, String typ) {
        try {
            SignedJWT jwt = SignedJWT.parse(token.trim());
            JWSHeader header = jwt.getHeader();
            if (!Ed25519Jws.ALGORITHMS.contains(header.getAlgorithm())) {
                throw new InvalidTokenException("algorithm " + header.getAlgorithm() + " is not allowed");
            }
            if (header.getType() == null || !typ.equals(header.getType().getType())) {
                throw new InvalidTokenException("not a " + typ + " token");
            }
            JWSVerifier verifier = header.getKeyID() == null ? null : verifiers.get(header.getKeyID());
            if (verifier == null) {
                throw new InvalidTokenException("signed by an unknown key " + header.getKeyID());
            }
            if (!jwt.verify(verifier)) {
                throw new InvalidTokenException("signature does not verify");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            new DefaultJWTClaimsVerifier<>(null, Set.of("iss", "sub", "iat")).verify(claims, null);
            return claims;
        } catch (ParseException | JOSEException | BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    /** Verifies the license token inside an armored license file. */
    public JWTClaimsSet verifyLicenseFile(String licenseFile) {
        try {
            return verify(LicenseFile.tokenOf(licenseFile), TokenClaims.LICENSE_TYPE);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    public static final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String reason) {
            super(reason);
        }
    }
}
