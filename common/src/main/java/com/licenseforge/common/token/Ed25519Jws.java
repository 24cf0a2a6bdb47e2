package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.security.MessageDigest;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * EdDSA (Ed25519) JWS signing and verification for nimbus on Bouncy Castle's Ed25519. nimbus' own signer and
 * verifier run on Tink's, which allocates an array for every field operation (about 0.9 MB per heartbeat, which
 * verifies one token and signs another) and, warmed, took about twice the CPU. The key material is decoded once
 * per key, which also spares each verification the public key's decompression.
 */
public final class Ed25519Jws {

    /** The JWS algorithm names an Ed25519 signature goes by: RFC 8037's EdDSA and the fully specified Ed25519. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private Ed25519Jws() {
    }

    public static JWSSigner signer(OctetKeyPair key) {
        if (!Curve.Ed25519.equals(key.getCurve()) || !key.isPrivate()) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getKeyID());
        }
        return new Signer(new Ed25519PrivateKeyParameters(key.getDecodedD(), 0));
    }

    /**
     * A verifier of {@code key}'s signatures. Given the private key, it signs the input again and compares: Ed25519
     * signatures are deterministic (RFC 8032), so the one signature this key makes of an input is the only one
     * accepted, and signing costs half of a verification. A service verifies the tokens it issued itself this way.
     */
    public static JWSVerifier verifier(OctetKeyPair key) {
        if (!Curve.Ed25519.equals(key.getCurve())) {
            throw new IllegalArgumentException("not an Ed25519 key: " + key.getKeyID());
        }
        if (key.isPrivate()) {
            Ed25519PrivateKeyParameters own = new Ed25519PrivateKeyParameters(key.getDecodedD(), 0);
            // constant time, so a forger learns nothing from how long a refusal takes
            return new Verifier((input, signature) -> MessageDigest.isEqual(signature(own, input), signature));
        }
        Ed25519PublicKeyParameters publicKey = new Ed25519PublicKeyParameters(key.getDecodedX(), 0);
        return new Verifier((input, signature) -> {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, publicKey);
            verifier.update(input, 0, input.length);
            return verifier.verifySignature(signature);
        });
    }

    /** Nothing here understands a critical header parameter, so a token naming one is refused (RFC 7515). */
    private static boolean verifiable(JWSHeader header) {
        return ALGORITHMS.contains(header.getAlgorithm())
                && (header.getCriticalParams() == null || header.getCriticalParams().isEmpty());
    }

    private static byte[] signature(Ed25519PrivateKeyParameters key, byte[] signingInput) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(signingInput, 0, signingInput.length);
        return signer.generateSignature();
    }

    private static final class Signer extends BaseJWSProvider implements JWSSigner {

        private final Ed25519PrivateKeyParameters key;

        Signer(Ed25519PrivateKeyParameters key) {
            super(ALGORITHMS);
            this.key = key;
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!ALGORITHMS.contains(header.getAlgorithm())) {
                throw new JOSEException("Ed25519 keys sign EdDSA only, not " + header.getAlgorithm());
            }
            return Base64URL.encode(signature(key, signingInput));
        }
    }

    private static final class Verifier extends BaseJWSProvider implements JWSVerifier {

        private final BiPredicate<byte[], byte[]> accepts;

        Verifier(BiPredicate<byte[], byte[]> accepts) {
            super(ALGORITHMS);
            this.accepts = accepts;
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            return verifiable(header) && accepts.test(signingInput, signature.decode());
        }
    }
}
