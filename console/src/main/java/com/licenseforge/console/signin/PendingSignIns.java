package com.licenseforge.console.signin;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-ins sent to the identity provider and not back yet: what the callback must match, for ten minutes. */
@ApplicationScoped
class PendingSignIns {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    record Pending(Nonce nonce, CodeVerifier verifier, String returnTo, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();

    Pending start(State state, String returnTo) {
        pending.values().removeIf(p -> p.expiresAt().isBefore(Instant.now()));
        Pending started = new Pending(new Nonce(), new CodeVerifier(), returnTo, Instant.now().plus(LIFETIME));
        pending.put(state.getValue(), started);
        return started;
    }

    /** The pending sign-in for this state, once. */
    Optional<Pending> finish(String state) {
        Pending found = state == null ? null : pending.remove(state);
        return found == null || found.expiresAt().isBefore(Instant.now()) ? Optional.empty() : Optional.of(found);
    }
}
