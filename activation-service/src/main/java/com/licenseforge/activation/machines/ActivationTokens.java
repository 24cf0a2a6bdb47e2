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

    public ActivationTokens(TokenSigner signer, ActivationConfig config) {
        this.signer = signer;
        this.config = config;
    }

    public record Lease(String token, Instant expiresAt) {
    }

    public Lease mint(License license, Activation activation, BillingStanding standing, Instant now) {
        Instant expiresAt = Stream.of(now.plus(config.lease()), license.expiresAt,
                        standing.isPastDue() ? standing.graceEndsAt : null)
                .filter(t -> t != null && t.isAfter(now))
                .min(Instant::compareTo)
                .orElse(now.plus(config.lease()));
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
                .claim(TokenClaims.KIND, license.kind.name());
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
