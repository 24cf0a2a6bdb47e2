package com.licenseforge.client.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A license token or activation token whose signature, type, validity period and product have been checked
 * against the pinned keys: the entitlement a program may act on.
 *
 * @param kind             which token it is
 * @param keyId            the pinned key that signed it
 * @param serial           the license serial ({@code sub})
 * @param licenseId        {@code lic}
 * @param accountId        {@code acct}
 * @param productCode      {@code prd}
 * @param edition          {@code edn}, or null
 * @param modules          module → seats ({@code mods})
 * @param maxActivations   {@code maxAct}
 * @param maintenanceUntil end of maintenance ({@code mnt}), or null when every version is covered
 * @param issuedAt         {@code iat}
 * @param notBefore        {@code nbf}, or null
 * @param expiresAt        {@code exp}: the lease end of an activation token, the license end of a license token,
 *                         null for a perpetual license token
 * @param organizationId   {@code org} (activation tokens only, else null)
 * @param activationId     {@code act} (activation tokens only, else null)
 * @param fingerprintHash  {@code fp} (activation tokens only, else null)
 * @param model            {@code model}: {@code NODE_LOCKED} or {@code FLOATING} ({@code NODE_LOCKED} in tokens from
 *                         before floating licenses)
 * @param heartbeatInterval a floating license's heartbeat interval ({@code hbi}), else null
 * @param borrowedUntil    a floating lease borrowed for offline use: until when ({@code borrow}), else null
 * @param trial            whether it is a trial license ({@code knd} {@code TRIAL}; tokens from before trials are paid)
 * @param trialEndsAt      a trial's end ({@code trialEnd}), else null
 */
public record VerifiedLicense(TokenKind kind, String keyId, String serial, UUID licenseId, UUID accountId,
                              String productCode, String edition, Map<String, Integer> modules, int maxActivations,
                              Instant maintenanceUntil, Instant issuedAt, Instant notBefore, Instant expiresAt,
                              UUID organizationId, UUID activationId, String fingerprintHash, String model,
                              Duration heartbeatInterval, Instant borrowedUntil, boolean trial, Instant trialEndsAt) {

    /** Whether machines hold this license's slots on leases they renew by validating. */
    public boolean floating() {
        return "FLOATING".equals(model);
    }

    /** The seats of {@code module}, 0 when it is not licensed. */
    public int seats(String module) {
        return modules.getOrDefault(module, 0);
    }

    /**
     * Requires {@code users} named users to fit {@code module}'s seats.
     *
     * @throws VerificationException {@link VerificationFailure#MODULE_NOT_LICENSED} or {@link VerificationFailure#SEATS_EXCEEDED}
     */
    public void requireSeats(String module, int users) {
        if (!modules.containsKey(module)) {
            throw new VerificationException(VerificationFailure.MODULE_NOT_LICENSED, "module " + module + " is not licensed");
        }
        if (users > seats(module)) {
            throw new VerificationException(VerificationFailure.SEATS_EXCEEDED,
                    users + " users exceed the " + seats(module) + " seats of " + module);
        }
    }

    /** Whether maintenance covers {@code release} (released no later than the maintenance end). */
    public boolean covers(ProductRelease release) {
        return maintenanceUntil == null || !release.releasedAt().isAfter(maintenanceUntil);
    }

    /** Time left until {@link #expiresAt()}; empty for a perpetual license, zero once ended. */
    public Optional<Duration> remaining(Clock clock) {
        if (expiresAt == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
}
