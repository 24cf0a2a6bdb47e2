package com.licenseforge.common.events;

import com.licenseforge.common.license.Standing;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code billing.past-due}, {@code billing.suspended} and {@code billing.restored}. */
public record BillingStandingChanged(
        UUID licenseId,
        Standing standing,
        Instant pastDueSince,
        Instant graceEndsAt) implements EventPayload {
}
