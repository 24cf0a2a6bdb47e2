package com.licenseforge.format;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The offline request key (format v2, see the activation service's OFFLINE.md): an Ed25519 key pair derived
 * from serial and CD key, {@code seed = SHA-256("licenseforge-offline-v2\n" + serial + "\n" + canonical CD key)}.
 * The machine signs the canonical request ({@link OfflineProof#canonicalRequest}) with the private key; the
 * servers hold only the public key, which proves a signature but cannot make one, so a copy of what they
 * store or publish cannot be used to build a request. Keys and signatures travel in base64url without padding.
 */
public final class OfflineKey {

    private static final String SEED_CONTEXT = "licenseforge-offline-v2\n";
    private static final int PUBLIC_KEY_BYTES = 32;
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo, followed by the 32 raw key bytes (RFC 8410). */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private OfflineKey() {
    }

    /** The 32-byte private key (seed), from the serial and the CD key in any form a person types them. */
    public static byte[] seed(String serial, String cdKey) {
        return digest(SEED_CONTEXT, serial, cdKey);
    }

    /**
     * SHA-256 of {@code context}, serial LF, canonical CD key: what both request formats derive their secret
     * from, the serial as printed and the key however a person typed it.
     */
    static byte[] digest(String context, String serial, String cdKey) {
        String canonicalSerial = Serial.parse(serial)
                .orElseThrow(() -> new IllegalArgumentException("not a well-formed serial"));
        String canonicalKey = CdKey.canonical(cdKey)
                .orElseThrow(() -> new IllegalArgumentException("not a well-formed CD key"));
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    (context + canonicalSerial + "\n" + canonicalKey).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The public key of serial and CD key (32 bytes, base64url): what the servers store and verify with. */
    public static String publicKey(String serial, String cdKey) {
        return publicKeyOfSeed(seed(serial, cdKey));
    }

    /** The public key of a raw 32-byte seed, base64url. */
    public static String publicKeyOfSeed(byte[] seed) {
        try {
            // the JDK derives an Ed25519 key pair only from random bytes: hand it the seed as those bytes
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            byte[] encoded = generator.generateKeyPair().getPublic().getEncoded();
            return BASE64URL.encodeToString(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    /** The signature of {@code canonicalRequest} with the key of serial and CD key, base64url (86 characters). */
    public static String sign(String serial, String cdKey, String canonicalRequest) {
        return signWithSeed(seed(serial, cdKey), canonicalRequest);
    }

    /** The signature of {@code canonicalRequest} with a raw 32-byte seed, base64url. */
    public static String signWithSeed(byte[] seed, String canonicalRequest) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed)));
            signer.update(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    /** Whether {@code signature} is the public key's over {@code canonicalRequest}; malformed input simply fails. */
    public static boolean verifies(String publicKey, String canonicalRequest, String signature) {
        if (publicKey == null || canonicalRequest == null || signature == null) {
            return false;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(publicKey);
            if (raw.length != PUBLIC_KEY_BYTES) {
                return false;
            }
            byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + PUBLIC_KEY_BYTES);
            System.arraycopy(raw, 0, encoded, X509_PREFIX.length, PUBLIC_KEY_BYTES);
            EdECPublicKey key = (EdECPublicKey) KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getUrlDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** A "random" source that yields the seed, so the JDK's key pair generator derives the seed's key pair. */
    private static final class FixedBytes extends SecureRandom {

        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("the key pair generator asked for " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
