package com.licenseforge.websession;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Tokens at rest in a session's row: AES-256-GCM under a key derived from the session key, a random 96-bit nonce
 * per value (stored before the ciphertext), and the session's id hash as associated data, so a token copied into
 * another session's row does not decrypt there.
 */
public class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public TokenCipher(SessionKey sessionKey) {
        this.key = sessionKey.derive("token encryption", "AES");
    }

    public byte[] encrypt(String token, byte[] sessionHash) {
        if (token == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, sessionHash, token.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public String decrypt(byte[] stored, byte[] sessionHash) {
        if (stored == null) {
            return null;
        }
        byte[] nonce = Arrays.copyOf(stored, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, sessionHash, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] sessionHash, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sessionHash);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key (the session key changed) or a tampered row: the session cannot be used
            throw new UndecryptableToken(e);
        }
    }

    public static final class UndecryptableToken extends RuntimeException {
        UndecryptableToken(Throwable cause) {
            super("a stored token does not decrypt under the configured session key", cause);
        }
    }
}
