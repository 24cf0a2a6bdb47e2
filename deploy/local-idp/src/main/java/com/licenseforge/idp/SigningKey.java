package com.licenseforge.idp;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** The local staff key (Ed25519, PKCS#8 PEM as openssl writes it) as a JWK with the kid the staff tokens use. */
final class SigningKey {

    static final String KEY_ID = "local-staff";

    private SigningKey() {
    }

    static OctetKeyPair load(Path pem) throws IOException, java.security.GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] pkcs8 = Base64.getDecoder().decode(base64);
        KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)); // refuses any other key
        // PKCS#8 Ed25519 ends with the 32-byte seed; the public key is derived by Tink's signer.
        byte[] seed = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        byte[] publicKey = com.google.crypto.tink.subtle.Ed25519Sign.KeyPair.newKeyPairFromSeed(seed).getPublicKey();
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey))
                .d(Base64URL.encode(seed)).keyID(KEY_ID).build();
    }
}
