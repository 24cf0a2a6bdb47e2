package com.licenseforge.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "licenseforge.billing")
public interface BillingConfig {

    /**
     * Shared secrets the provider signs webhooks with ({@code BILLING_WEBHOOK_SECRET}, comma-separated). A
     * signature under any of them is accepted, so a secret can be rotated without losing deliveries.
     */
    List<String> webhookSecrets();

    /** How far a signature's timestamp may be from now, either way, before it counts as a replay. */
    @WithDefault("PT5M")
    Duration signatureTolerance();

    /** How long a license stays past due, from its first overdue invoice, before it is suspended. */
    @WithDefault("P14D")
    Duration grace();

    /** Interval of the dunning scan ({@code BILLING_SCAN_INTERVAL}); {@code off} leaves the scan to callers. */
    @WithDefault("PT1M")
    String scanInterval();
}
