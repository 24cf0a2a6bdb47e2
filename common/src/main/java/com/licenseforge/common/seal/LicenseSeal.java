package com.licenseforge.common.seal;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals a short secret text to one license: AES-256-GCM under a key derived (HKDF-SHA256) from a secret the
 * service receives from its environment, with a label per use so one secret never yields the same key for two
 * uses. The license id is the associated data: a sealed text copied to another license does not open.
 */
public final class LicenseSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** A seal whose key is derived from {@code secret} for the use {@code label} names. */
    public LicenseSeal(String label, String secret) {
        this.key = new SecretKeySpec(hkdf(secret.getBytes(StandardCharsets.UTF_8),
                label.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** {@code plain} sealed for {@code licenseId}: base64url of nonce and ciphertext with its tag. */
    public String seal(UUID licenseId, String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, licenseId, nonce, plain.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /** The sealed text, or empty when {@code sealed} was not sealed for this license under this secret. */
    public Optional<String> open(UUID licenseId, String sealed) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] plain = cipher(Cipher.DECRYPT_MODE, licenseId, Arrays.copyOf(bytes, NONCE_BYTES),
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private byte[] cipher(int mode, UUID licenseId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(licenseId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed text does not open", e);
        }
    }

    /** HKDF-SHA256 (RFC 5869) with an empty salt, for one 32-byte key labelled for its use. */
    private static byte[] hkdf(byte[] secret, byte[] label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] pseudoRandomKey = mac.doFinal(secret);
            mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            mac.update(label);
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
