package com.licenseforge.common.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;

/**
 * What the token verifier leaves to us: a staff token issued in the future is refused (it would outlive any
 * lifetime limit), and so is a name with control characters, which the audit trail cannot record. Issuer,
 * audience, signature, expiry and the longest lifetime are configured on smallrye-jwt.
 */
@ApplicationScoped
public class StaffTokenLimits implements SecurityIdentityAugmentor {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Clock clock;

    public StaffTokenLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Principal principal = identity.getPrincipal();
        if (principal.getName() == null || principal.getName().chars().anyMatch(Character::isISOControl)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token's name is not printable"));
        }
        if (principal instanceof JsonWebToken token
                && token.getIssuedAtTime() > clock.instant().plus(CLOCK_SKEW).getEpochSecond()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
