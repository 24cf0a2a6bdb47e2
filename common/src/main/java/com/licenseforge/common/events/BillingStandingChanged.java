package com.licenseforge.common.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code billing.past-due}, {@code billing.suspended} and {@code billing.restored}.
 * {@code standing} is {@code CURRENT}, {@code PAST_DUE} or {@code SUSPENDED}.
 */
public record BillingStandingChanged(
        UUID licenseId,
        String standing,
        Instant pastDueSince,
        Instant graceEndsAt) {
}
