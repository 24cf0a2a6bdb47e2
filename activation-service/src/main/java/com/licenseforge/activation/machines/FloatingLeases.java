package com.licenseforge.activation.machines;

import com.licenseforge.activation.config.FloatingConfig;
import com.licenseforge.activation.readmodel.License;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The lease a floating license's machine holds its slot on: one heartbeat interval from its last activation or
 * validation, or to the end of a borrow if that is later; the culler may end it once the grace after that has
 * passed. Node-locked machines hold no lease.
 */
@ApplicationScoped
public class FloatingLeases {

    private final FloatingConfig config;

    public FloatingLeases(FloatingConfig config) {
        this.config = config;
    }

    /** A lease end and when the culler may end the activation holding it. */
    public record Lease(Instant expiresAt, Instant cullAfter) {
    }

    /** The lease {@code activation} holds after renewing it at {@code now}. */
    public Lease renewed(License license, Instant borrowedUntil, Instant now) {
        Instant end = now.plus(license.heartbeatInterval());
        if (borrowedUntil != null && borrowedUntil.isAfter(end)) {
            end = borrowedUntil;
        }
        return new Lease(end, end.plus(grace(license)));
    }

    /** Starts or renews the lease of a floating license's machine at {@code now}; a node-locked one has none. */
    public void renew(License license, Activation activation, Instant now) {
        if (!license.isFloating()) {
            return;
        }
        Lease lease = renewed(license, activation.borrowedUntil, now);
        activation.leaseExpiresAt = lease.expiresAt();
        activation.cullAfter = lease.cullAfter();
    }

    /** Takes the lease out until {@code until} for offline use: the machine keeps its slot at least until then. */
    public void borrow(License license, Activation activation, Instant until, Instant now) {
        activation.borrowedUntil = until;
        renew(license, activation, now);
    }

    /** How long past its lease end a machine keeps its slot before it is culled. */
    public Duration grace(License license) {
        return config.grace().orElse(license.heartbeatInterval());
    }

    /** How long a floating license's activation token lives: the configured life, at least four intervals. */
    public Duration tokenLife(License license) {
        Duration fourIntervals = license.heartbeatInterval().multipliedBy(4);
        Duration configured = config.tokenLife();
        return configured.compareTo(fourIntervals) >= 0 ? configured : fourIntervals;
    }
}
