package com.licenseforge.console.signin;

import com.licenseforge.websession.SessionKey;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.SecretKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A sign-in sent to the identity provider and not back yet, kept by the browser that started it: state, nonce,
 * PKCE verifier and the local path to return to, signed and then encrypted into the sign-in cookie for ten
 * minutes. The console keeps nothing per started sign-in, so starting any number of them costs it no memory.
 * The keys derive from the session key every replica shares: a sign-in started on one replica completes on any
 * other, and across a restart.
 */
@ApplicationScoped
class PendingSignIn {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final JOSEObjectType TYPE = new JOSEObjectType("lf-signin");

    record Pending(State state, Nonce nonce, CodeVerifier verifier, String returnTo) {
    }

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final DirectEncrypter encrypter;
    private final DirectDecrypter decrypter;

    PendingSignIn(SessionKey key) throws JOSEException {
        SecretKey signing = key.derive("sign-in signing", "HmacSHA256");
        SecretKey encryption = key.derive("sign-in encryption", "AES");
        signer = new MACSigner(signing);
        verifier = new MACVerifier(signing);
        encrypter = new DirectEncrypter(encryption);
        decrypter = new DirectDecrypter(encryption);
    }

    Pending start(String returnTo) {
        return new Pending(new State(), new Nonce(), new CodeVerifier(), returnTo);
    }

    /** The cookie value carrying this sign-in. */
    String seal(Pending pending) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("state", pending.state().getValue())
                .claim("nonce", pending.nonce().getValue()).claim("verifier", pending.verifier().getValue())
                .claim("returnTo", pending.returnTo()).expirationTime(Date.from(Instant.now().plus(LIFETIME))).build();
        try {
            SignedJWT signed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
            signed.sign(signer);
            JWEObject sealed = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                    .contentType("JWT").build(), new Payload(signed));
            sealed.encrypt(encrypter);
            return sealed.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the sign-in cookie could not be sealed", e);
        }
    }

    /** The sign-in this cookie carries, if this console sealed it, it has not expired and it is for {@code state}. */
    Optional<Pending> open(String cookie, String state) {
        if (cookie == null || cookie.isEmpty() || state == null) {
            return Optional.empty();
        }
        try {
            JWEObject sealed = JWEObject.parse(cookie);
            if (!JWEAlgorithm.DIR.equals(sealed.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            sealed.decrypt(decrypter);
            SignedJWT signed = sealed.getPayload().toSignedJWT();
            if (signed == null || !JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm())
                    || !TYPE.equals(signed.getHeader().getType()) || !signed.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || expires.toInstant().isBefore(Instant.now()) || !state.equals(claims.getStringClaim("state"))) {
                return Optional.empty();
            }
            return Optional.of(new Pending(new State(state), new Nonce(claims.getStringClaim("nonce")),
                    new CodeVerifier(claims.getStringClaim("verifier")), claims.getStringClaim("returnTo")));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
