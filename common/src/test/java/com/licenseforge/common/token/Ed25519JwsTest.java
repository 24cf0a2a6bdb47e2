package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bouncy Castle's Ed25519 and the Tink-based one nimbus ships sign the same bytes and accept each other's tokens;
 * verifying by the public key and, in the issuing service, by signing again with the private key give the same verdicts.
 */
class Ed25519JwsTest {

    /** L, the order of Ed25519's base point. */
    private static final BigInteger GROUP_ORDER =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private final OctetKeyPair key = generate("k1");

    @Test
    void signsWhatNimbusSignsAndEachVerifiesTheOther() throws Exception {
        SignedJWT ours = token(key.getKeyID());
        ours.sign(Ed25519Jws.signer(key));
        SignedJWT theirs = token(key.getKeyID());
        theirs.sign(new Ed25519Signer(key));

        assertEquals(theirs.getSignature(), ours.getSignature(), "Ed25519 signatures are deterministic");
        assertTrue(SignedJWT.parse(ours.serialize()).verify(new Ed25519Verifier(key.toPublicJWK())));
        assertTrue(SignedJWT.parse(theirs.serialize()).verify(Ed25519Jws.verifier(key.toPublicJWK())));
    }

    @Test
    void theIssuingServiceVerifiesByTheSameVerdictsWithThePrivateKey() throws Exception {
        SignedJWT signed = token(key.getKeyID());
        signed.sign(Ed25519Jws.signer(key));
        for (OctetKeyPair held : List.of(key.toPublicJWK(), key)) {
            String which = held.isPrivate() ? "with the private key" : "with the public key";
            assertTrue(SignedJWT.parse(signed.serialize()).verify(Ed25519Jws.verifier(held)), which);
            assertRefusals(signed, Ed25519Jws.verifier(held), which);
        }
    }

    /** Another key's signature, other claims, a flipped bit, the same signature made malleable, a critical parameter. */
    private void assertRefusals(SignedJWT signed, JWSVerifier verifier, String which) throws Exception {
        String[] parts = signed.serialize().split("\\.");
        SignedJWT foreign = token(key.getKeyID());
        foreign.sign(Ed25519Jws.signer(generate("k2")));
        assertFalse(SignedJWT.parse(foreign.serialize()).verify(verifier), which + ": another key");

        String otherClaims = Base64URL.encode("{\"sub\":\"BBBB\"}").toString();
        assertFalse(SignedJWT.parse(parts[0] + "." + otherClaims + "." + parts[2]).verify(verifier), which + ": other claims");

        byte[] flipped = signed.getSignature().decode();
        flipped[17] ^= 1;
        assertFalse(SignedJWT.parse(parts[0] + "." + parts[1] + "." + Base64URL.encode(flipped)).verify(verifier),
                which + ": a flipped bit");

        // S + L (the group order) passes the verification equation; RFC 8032 requires S < L, so it is no signature
        byte[] malleable = signed.getSignature().decode();
        byte[] scalar = new byte[32];
        for (int i = 0; i < 32; i++) {
            scalar[i] = malleable[63 - i];
        }
        byte[] plusOrder = new BigInteger(1, scalar).add(GROUP_ORDER).toByteArray();
        for (int i = 0; i < 32; i++) {
            malleable[32 + i] = i < plusOrder.length ? plusOrder[plusOrder.length - 1 - i] : 0;
        }
        assertFalse(SignedJWT.parse(parts[0] + "." + parts[1] + "." + Base64URL.encode(malleable)).verify(verifier),
                which + ": S + L");

        SignedJWT critical = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID())
                .criticalParams(Set.of("exp-policy")).customParam("exp-policy", "lenient").build(), claims());
        critical.sign(Ed25519Jws.signer(key));
        assertFalse(SignedJWT.parse(critical.serialize()).verify(verifier), which + ": a critical parameter");
    }

    private static SignedJWT token(String keyId) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(keyId)
                .type(new JOSEObjectType(TokenClaims.ACTIVATION_TYPE)).build(), claims());
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().subject("AAAA").claim("modules", java.util.Map.of("finance", 5)).build();
    }

    private static OctetKeyPair generate(String keyId) {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
