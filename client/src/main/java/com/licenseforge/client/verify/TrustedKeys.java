package com.licenseforge.client.verify;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The public keys a product trusts, pinned per kind of token: the issuer's keys for license tokens, the
 * activation service's keys for activation tokens. Several keys per kind make rotation work: ship the current
 * and the next key (or, after a rotation, the old and the new one) and tokens signed by either verify. Only
 * Ed25519 public keys are taken; private parts in a JWKS are ignored. Immutable and thread-safe.
 *
 * <pre>{@code
 * TrustedKeys keys = TrustedKeys.builder()
 *         .licenseKeys(TrustedKeys.resource(Main.class, "/keys/issuer-jwks.json"))
 *         .activationKeys(TrustedKeys.resource(Main.class, "/keys/activation-jwks.json"))
 *         .build();
 * }</pre>
 */
public final class TrustedKeys {

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final Map<TokenKind, Map<String, PublicKey>> keys;

    private TrustedKeys(Map<TokenKind, Map<String, PublicKey>> keys) {
        this.keys = keys;
    }

    /** An empty set of keys to add to. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pinned key with id {@code kid} for {@code kind}. */
    public Optional<PublicKey> key(TokenKind kind, String kid) {
        return Optional.ofNullable(keys.get(kind).get(kid));
    }

    /** The ids of the keys pinned for {@code kind}. */
    public Set<String> keyIds(TokenKind kind) {
        return keys.get(kind).keySet();
    }

    /** Reads a JWKS document from the class path (the way keys are shipped inside the product). */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JWKS document from a file (keys an administrator installed after a rotation). */
    public static String file(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects keys; each call adds to what is pinned. */
    public static final class Builder {

        private final Map<TokenKind, Map<String, PublicKey>> keys = new EnumMap<>(TokenKind.class);

        private Builder() {
            for (TokenKind kind : TokenKind.values()) {
                keys.put(kind, new HashMap<>());
            }
        }

        /** Pins the Ed25519 keys of a JWKS document (the issuer's) for license tokens. */
        public Builder licenseKeys(String jwksJson) {
            return add(TokenKind.LICENSE, jwksJson);
        }

        /** Pins the Ed25519 keys of a JWKS document (the activation service's) for activation tokens. */
        public Builder activationKeys(String jwksJson) {
            return add(TokenKind.ACTIVATION, jwksJson);
        }

        /**
         * Pins the keys of a JWKS document for {@code kind}.
         *
         * @throws IllegalArgumentException when it is not a JWKS or holds no Ed25519 key
         */
        public Builder add(TokenKind kind, String jwksJson) {
            Objects.requireNonNull(jwksJson, "jwksJson");
            int found = 0;
            try {
                for (JWK jwk : JWKSet.parse(jwksJson).getKeys()) {
                    if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve()) && okp.getKeyID() != null) {
                        keys.get(kind).put(okp.getKeyID(), publicKey(okp.getX().decode()));
                        found++;
                    }
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("not a JWK set: " + e.getMessage(), e);
            }
            if (found == 0) {
                throw new IllegalArgumentException("the JWK set holds no Ed25519 key with a kid");
            }
            return this;
        }

        /** The keys pinned so far. */
        public TrustedKeys build() {
            Map<TokenKind, Map<String, PublicKey>> copy = new EnumMap<>(TokenKind.class);
            keys.forEach((kind, byId) -> copy.put(kind, Map.copyOf(byId)));
            return new TrustedKeys(copy);
        }

        private static PublicKey publicKey(byte[] raw) {
            if (raw.length != 32) {
                throw new IllegalArgumentException("an Ed25519 key has 32 bytes");
            }
            byte[] der = new byte[ED25519_SPKI_PREFIX.length + raw.length];
            System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
            System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, raw.length);
            try {
                return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("not an Ed25519 public key", e);
            }
        }
    }
}
