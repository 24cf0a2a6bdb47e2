package com.licenseforge.idp;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes handed out at sign-in: each is redeemed once, within a minute. */
final class Authorizations {

    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    record Grant(DemoUsers.User user, URI redirectUri, Nonce nonce, CodeChallenge challenge, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Grant> grants = new ConcurrentHashMap<>();

    AuthorizationCode grant(DemoUsers.User user, URI redirectUri, Nonce nonce, CodeChallenge challenge) {
        grants.values().removeIf(grant -> grant.expiresAt().isBefore(Instant.now()));
        AuthorizationCode code = new AuthorizationCode();
        grants.put(code.getValue(), new Grant(user, redirectUri, nonce, challenge, Instant.now().plus(CODE_LIFETIME)));
        return code;
    }

    Optional<Grant> redeem(String code) {
        Grant grant = code == null ? null : grants.remove(code);
        return grant == null || grant.expiresAt().isBefore(Instant.now()) ? Optional.empty() : Optional.of(grant);
    }
}
