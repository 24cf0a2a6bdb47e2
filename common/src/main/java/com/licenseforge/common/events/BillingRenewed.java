package com.licenseforge.common.events;

import java.time.Instant;
import java.util.UUID;

/** {@code billing.renewed}: the subscription was renewed up to {@code periodEnd}. */
public record BillingRenewed(UUID licenseId, Instant periodEnd) implements EventPayload {
}
