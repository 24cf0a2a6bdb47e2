package com.licenseforge.client.state;

import java.time.Instant;
import java.util.UUID;

/**
 * What a program remembers between runs: the machine's activation and its last good lease (the activation
 * token, verified again on every load), and the last verdict of the service. {@link StateFile} seals it and
 * counts it in the installation's high-water mark.
 *
 * @param serial          the license serial
 * @param organizationId  the organization the machine is activated in
 * @param activationId    the machine's activation
 * @param token           the last good activation token, or null once the service said the machine may not run
 * @param lastCheckedAt   when the service last answered (activation, heartbeat, offline import)
 * @param lastCode        its code then: {@code VALID}, {@code PAST_DUE}, or why not
 * @param graceEndsAt     when past due, the end of the grace period; else null
 * @param leaseExpiresAt  a floating license's machine: the end of its lease as the service last renewed it; else null
 */
public record LicenseState(String serial, UUID organizationId, UUID activationId, String token,
                           Instant lastCheckedAt, String lastCode, Instant graceEndsAt, Instant leaseExpiresAt) {

    /** A node-locked machine's state, which holds no lease. */
    public LicenseState(String serial, UUID organizationId, UUID activationId, String token, Instant lastCheckedAt,
                        String lastCode, Instant graceEndsAt) {
        this(serial, organizationId, activationId, token, lastCheckedAt, lastCode, graceEndsAt, null);
    }
}
