package com.licenseforge.activation.machines;

import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Mints the Ed25519 activation token: the license's entitlement bound to an organization and a machine
 * fingerprint, with a lease that ends no later than the license (or, while past due, the grace period).
 */
@ApplicationScoped
public class ActivationTokens {

    private final TokenSigner signer;
    private final ActivationConfig config;
    private final FloatingLeases leases;

    public ActivationTokens(TokenSigner signer, ActivationConfig config, FloatingLeases leases) {
        this.signer = signer;
        this.config = config;
        this.leases = leases;
    }

    /**
     * A token and when it expires; {@code leaseExpiresAt} is a floating license's machine's lease end (null for
     * a node-locked one), which the machine must validate before, whatever the token's expiry.
     */
    public record Lease(String token, Instant expiresAt, Instant leaseExpiresAt) {

        public Lease(String token, Instant expiresAt) {
            this(token, expiresAt, null);
        }

        public Lease withLease(Instant leaseExpiresAt) {
            return new Lease(token, expiresAt, leaseExpiresAt);
        }
    }

    /**
     * The token a machine runs on: node-locked for the configured lease, floating for the floating token life;
     * never past the license (or, while past due, the grace period).
     */
    public Lease mint(License license, Activation activation, BillingStanding standing, Instant now) {
        Instant longest = now.plus(license.isFloating() ? leases.tokenLife(license) : config.lease());
        return mint(license, activation, standing, now, longest, false).withLease(activation.leaseExpiresAt);
    }

    /** A floating license's token for a borrowed lease: valid until the borrow ends, for offline use. */
    public Lease borrowed(License license, Activation activation, BillingStanding standing, Instant now) {
        return mint(license, activation, standing, now, activation.borrowedUntil, true)
                .withLease(activation.leaseExpiresAt);
    }

    private Lease mint(License license, Activation activation, BillingStanding standing, Instant now,
                       Instant longest, boolean borrowed) {
        Instant expiresAt = Stream.of(longest, license.expiresAt,
                        standing.isPastDue() ? standing.graceEndsAt : null)
                .filter(t -> t != null && t.isAfter(now))
                .min(Instant::compareTo)
                .orElse(longest);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(license.serial)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(TokenClaims.LICENSE_ID, license.id.toString())
                .claim(TokenClaims.ACCOUNT, license.accountId.toString())
                .claim(TokenClaims.ORGANIZATION, activation.organizationId.toString())
                .claim(TokenClaims.FINGERPRINT, activation.fingerprintHash)
                .claim(TokenClaims.ACTIVATION_ID, activation.id.toString())
                .claim(TokenClaims.PRODUCT, license.productCode)
                .claim(TokenClaims.MODULES, license.modules)
                .claim(TokenClaims.MAX_ACTIVATIONS, license.maxActivations)
                .claim(TokenClaims.MODEL, license.model.name())
                .claim(TokenClaims.KIND, license.kind.name());
        if (license.isFloating()) {
            claims.claim(TokenClaims.HEARTBEAT_INTERVAL, license.heartbeatInterval().toSeconds());
        }
        if (borrowed) {
            claims.claim(TokenClaims.BORROWED_UNTIL, expiresAt.getEpochSecond());
        }
        if (license.edition != null) {
            claims.claim(TokenClaims.EDITION, license.edition);
        }
        if (license.isTrial() && license.expiresAt != null) {
            claims.claim(TokenClaims.TRIAL_ENDS_AT, license.expiresAt.getEpochSecond());
        }
        if (license.maintenanceUntil != null) {
            claims.claim(TokenClaims.MAINTENANCE_UNTIL, license.maintenanceUntil.getEpochSecond());
        }
        return new Lease(signer.sign(TokenClaims.ACTIVATION_TYPE, claims.build()), expiresAt);
    }
}
