package com.licenseforge.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs the two tokens of a sign-in: the access token, shaped like the staff tokens the services verify (issuer,
 * audience, upn, groups), and the ID token for the console.
 */
final class TokenMinter {

    static final Duration ACCESS_LIFETIME = Duration.ofHours(8);
    private static final Duration ID_LIFETIME = Duration.ofMinutes(5);

    private final URI issuer;
    private final String accessIssuer;
    private final OctetKeyPair key;
    private final Ed25519Signer signer;
    private final String audience;
    private final String clientId;

    TokenMinter(URI issuer, String accessIssuer, OctetKeyPair key, String audience, String clientId) throws JOSEException {
        this.issuer = issuer;
        this.accessIssuer = accessIssuer;
        this.key = key;
        this.signer = new Ed25519Signer(key);
        this.audience = audience;
        this.clientId = clientId;
    }

    SignedJWT accessToken(DemoUsers.User user, Instant now) throws JOSEException {
        return sign("JWT", base(user, now, ACCESS_LIFETIME).issuer(accessIssuer).audience(audience)
                .claim("upn", user.username()).jwtID(UUID.randomUUID().toString()).build());
    }

    SignedJWT idToken(DemoUsers.User user, Nonce nonce, Instant now) throws JOSEException {
        return sign("JWT", base(user, now, ID_LIFETIME).audience(clientId).claim("nonce", nonce.getValue())
                .claim("auth_time", now.getEpochSecond()).claim("name", user.username()).build());
    }

    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    private JWTClaimsSet.Builder base(DemoUsers.User user, Instant now, Duration lifetime) {
        return new JWTClaimsSet.Builder().issuer(issuer.toString()).subject(user.username())
                .claim("groups", List.of(user.role())).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)));
    }

    private SignedJWT sign(String type, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType(type))
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(signer);
        return jwt;
    }
}
