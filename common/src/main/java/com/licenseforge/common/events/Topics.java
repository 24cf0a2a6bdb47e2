package com.licenseforge.common.events;

/** Kafka topic names shared by producers and consumers. */
public final class Topics {
    public static final String LICENSE_EVENTS = "license-events";
    public static final String ACTIVATION_EVENTS = "activation-events";
    public static final String BILLING_EVENTS = "billing-events";

    private Topics() {
    }
}
