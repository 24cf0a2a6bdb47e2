package com.licenseforge.client.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The answer to a validation, the heartbeat of an activated machine. A valid one renews the lease: it carries a
 * fresh activation {@code token} good until {@code expiresAt}. {@code code} is {@code VALID}, or {@code PAST_DUE}
 * (still valid until the grace ends), or why the machine may not go on ({@code reason}).
 *
 * A floating license's machine gets {@code leaseExpiresAt}, the end of its renewed lease (and often the token it
 * sent back, unchanged, as long as that has time left).
 *
 * @param reason      null for {@code VALID}; a {@link Refusal.PastDue} when past due; otherwise why it is not valid
 *                    ({@link Refusal.TrialEnded} once a trial ended)
 * @param trialEndsAt a trial's end (also when {@code VALID}), else null
 */
public record Validation(boolean valid, String code, String detail, String token, Instant expiresAt,
                         UUID activationId, Refusal reason, Instant leaseExpiresAt, Instant trialEndsAt) {

    /** When past due, the end of the grace period after which the license is suspended. */
    public Optional<Instant> graceEndsAt() {
        return reason instanceof Refusal.PastDue pastDue ? Optional.ofNullable(pastDue.graceEndsAt()) : Optional.empty();
    }
}
