package com.licenseforge.common.customer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads the customer token keys from PEM as openssl writes them ({@code genpkey -algorithm ed25519}): PKCS#8 for the
 * private key, SubjectPublicKeyInfo for the public one. Both end in the 32 raw key bytes after a fixed prefix. The key
 * id is the key's RFC 7638 thumbprint, so signer and verifiers agree on it without configuring one.
 */
public final class CustomerTokenKeys {

    private static final byte[] PRIVATE_PREFIX = Base64.getDecoder().decode("MC4CAQAwBQYDK2VwBCIEIA==");
    private static final byte[] PUBLIC_PREFIX = Base64.getDecoder().decode("MCowBQYDK2VwAyEA");

    private CustomerTokenKeys() {
    }

    /** The private key (with its public half) at {@code location}. */
    public static OctetKeyPair privateKey(String location) {
        byte[] seed = raw(location, PRIVATE_PREFIX);
        byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        return withThumbprint(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey))
                .d(Base64URL.encode(seed)));
    }

    /** The public key at {@code location}. */
    public static OctetKeyPair publicKey(String location) {
        return withThumbprint(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw(location, PUBLIC_PREFIX))));
    }

    private static OctetKeyPair withThumbprint(OctetKeyPair.Builder key) {
        try {
            return key.keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("no thumbprint of an Ed25519 key", e);
        }
    }

    private static byte[] raw(String location, byte[] prefix) {
        String pem = new String(read(location), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(pem);
        if (der.length != prefix.length + 32 || !Arrays.equals(Arrays.copyOf(der, prefix.length), prefix)) {
            throw new IllegalArgumentException(location + " is not an Ed25519 key in PEM");
        }
        return Arrays.copyOfRange(der, prefix.length, der.length);
    }

    private static byte[] read(String location) {
        try {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            try (InputStream resource = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(location)) {
                if (resource == null) {
                    throw new IllegalArgumentException("no customer token key at " + location);
                }
                return resource.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("customer token key unreadable: " + location, e);
        }
    }
}
