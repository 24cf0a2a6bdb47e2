package com.licenseforge.notification.config;

import io.smallrye.config.WithDefault;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "licenseforge.webhooks")
public interface WebhookConfig {

    /** Seals the endpoints' signing secrets in the database ({@code WEBHOOK_SEAL_SECRET}, 32+ characters). */
    String sealSecret();

    /**
     * Addresses (CIDR) outbound calls may reach although they are loopback, private, link-local or otherwise
     * refused ({@code WEBHOOK_ALLOWED_ADDRESSES}, comma-separated); the local run allows 127.0.0.1/32.
     */
    Optional<List<String>> allowedAddresses();

    /** Interval of the delivery run ({@code WEBHOOK_SEND_INTERVAL}); {@code off} leaves it to callers (tests). */
    @WithDefault("1s")
    String sendInterval();

    /** A delivery is retried with backoff and jitter until this long after the event; then FAILED. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** An endpoint that failed every delivery for this long is disabled and the admin contact told. */
    @WithDefault("P3D")
    Duration disableAfter();

    /** Where the vendor's administrator hears of a disabled endpoint ({@code WEBHOOK_ADMIN_CONTACT}). */
    Optional<String> adminContact();

    /** Endpoints served at once; a slow endpoint holds one of them, never the others' queues. */
    @WithDefault("8")
    int concurrency();
}
