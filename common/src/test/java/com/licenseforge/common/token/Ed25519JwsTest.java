package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bouncy Castle's Ed25519 and the Tink-based one nimbus ships sign the same bytes and accept each other's tokens. */
class Ed25519JwsTest {

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
    void refusesAnotherKeysSignatureATamperedTokenAndAnUnknownCriticalParameter() throws Exception {
        SignedJWT signed = token(key.getKeyID());
        signed.sign(Ed25519Jws.signer(key));
        String[] parts = signed.serialize().split("\\.");

        assertFalse(SignedJWT.parse(signed.serialize()).verify(Ed25519Jws.verifier(generate("k2").toPublicJWK())));
        String otherClaims = Base64URL.encode("{\"sub\":\"BBBB\"}").toString();
        assertFalse(SignedJWT.parse(parts[0] + "." + otherClaims + "." + parts[2]).verify(Ed25519Jws.verifier(key.toPublicJWK())));

        SignedJWT critical = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID())
                .criticalParams(Set.of("exp-policy")).customParam("exp-policy", "lenient").build(), claims());
        critical.sign(Ed25519Jws.signer(key));
        assertFalse(SignedJWT.parse(critical.serialize()).verify(Ed25519Jws.verifier(key.toPublicJWK())));
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
