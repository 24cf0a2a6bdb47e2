package com.licenseforge.client;

import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.format.LicenseFile;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An Ed25519 signing key as the services hold one, for tests: its public JWKS and tokens signed the way the
 * services sign them (EdDSA, {@code kid}, {@code typ}).
 */
public final class TestKeys {

    public static final String SERIAL = "NFR2-R7ND-WW2G-SFD5";
    public static final UUID LICENSE_ID = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901234567890");
    public static final UUID ACCOUNT_ID = UUID.fromString("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d");
    public static final UUID ORGANIZATION_ID = UUID.fromString("0b7c8d0e-3f55-4d3e-9a8e-1c2b4a6f7d90");
    public static final UUID ACTIVATION_ID = UUID.fromString("5d1f2e3a-4b5c-4d6e-8f70-123456789abc");

    private final String kid;
    private final KeyPair pair;

    private TestKeys(String kid, KeyPair pair) {
        this.kid = kid;
        this.pair = pair;
    }

    public static TestKeys generate(String kid) {
        try {
            return new TestKeys(kid, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String kid() {
        return kid;
    }

    /** A JWKS with this public key, as {@code /.well-known/jwks.json} serves it. */
    public String jwks() {
        return "{\"keys\":[" + jwk() + "]}";
    }

    /** A JWKS of several keys (rotation: old and new). */
    public static String jwks(TestKeys... keys) {
        return "{\"keys\":[" + String.join(",", Arrays.stream(keys).map(TestKeys::jwk).toList()) + "]}";
    }

    private String jwk() {
        byte[] spki = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"x\":\""
                + Base64URL.encode(raw) + "\"}";
    }

    /** Claims of an activation token for {@code machine} on product erp, leased until {@code expiresAt}. */
    public static JWTClaimsSet.Builder activationClaims(MachineFingerprint machine, Instant expiresAt) {
        return licenseClaims(expiresAt)
                .claim("org", ORGANIZATION_ID.toString())
                .claim("act", ACTIVATION_ID.toString())
                .claim("fp", machine.hash());
    }

    /** Claims of a license token of product erp (finance 10, hr 3), maintenance until 2030. */
    public static JWTClaimsSet.Builder licenseClaims(Instant expiresAt) {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("finance", 10);
        modules.put("hr", 3);
        return new JWTClaimsSet.Builder()
                .issuer("https://licenseforge.test")
                .subject(SERIAL)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(Instant.parse("2026-11-01T00:00:00Z")))
                .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                .claim("lic", LICENSE_ID.toString())
                .claim("acct", ACCOUNT_ID.toString())
                .claim("prd", "erp")
                .claim("mods", modules)
                .claim("maxAct", 2)
                .claim("mnt", Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
    }

    /** Signs {@code claims} as a compact EdDSA JWS of type {@code typ}. */
    public String sign(String typ, JWTClaimsSet claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid).type(new JOSEObjectType(typ)).build(), claims);
    }

    public String sign(JWSHeader header, JWTClaimsSet claims) {
        String signingInput = header.toBase64URL() + "." + Base64URL.encode(claims.toString());
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(pair.getPrivate());
            ed25519.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64URL.encode(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code token} in the armored license file format. */
    public static String licenseFile(String token) {
        return LicenseFile.armor(token, Map.of("Serial", SERIAL, "Product", "erp"));
    }
}
