package com.licenseforge.billing.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The provider event types this service acts on, with the {@code data} fields each one needs. */
public enum ProviderEventType {
    INVOICE_CREATED("invoice.created", "invoiceId", "amountDue", "dueAt"),
    INVOICE_PAID("invoice.paid", "invoiceId"),
    INVOICE_PAYMENT_FAILED("invoice.payment_failed", "invoiceId"),
    SUBSCRIPTION_RENEWED("subscription.renewed", "periodEnd"),
    SUBSCRIPTION_CANCELED("subscription.canceled");

    private final String wireName;
    private final List<String> requiredData;

    ProviderEventType(String wireName, String... requiredData) {
        this.wireName = wireName;
        this.requiredData = List.of(requiredData);
    }

    public static Optional<ProviderEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    /** Besides a license reference ({@code licenseId} or {@code billingRef}), which every type needs. */
    public List<String> requiredData() {
        return requiredData;
    }
}
