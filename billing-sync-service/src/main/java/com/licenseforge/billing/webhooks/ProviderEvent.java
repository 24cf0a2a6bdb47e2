package com.licenseforge.billing.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A billing provider's webhook event: {@code {id, type, createdAt, data:{...}}}. {@code data} is read only for
 * the types this service acts on; other types are kept as received.
 */
public record ProviderEvent(String id, String type, Instant createdAt, Data data) {

    /** The license is named by {@code licenseId} or, more usually, by the subscription's {@code billingRef}. */
    public record Data(UUID licenseId, String billingRef, String invoiceId, BigDecimal amountDue, Instant dueAt,
                       Instant periodEnd) {

        /** The lock and lookup key: the license id where the provider sent one, else the billing reference. */
        public String reference() {
            return licenseId != null ? licenseId.toString() : billingRef;
        }
    }

    public Optional<ProviderEventType> kind() {
        return ProviderEventType.of(type);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(data).map(Data::reference);
    }
}
