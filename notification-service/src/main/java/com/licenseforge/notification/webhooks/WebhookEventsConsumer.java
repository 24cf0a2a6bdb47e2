package com.licenseforge.notification.webhooks;

import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.notification.config.WebhookConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues each event of the three topics for the endpoints that want it, in its own consumer group so webhooks
 * never hold up mail. The unique (endpoint, event) makes a redelivered event change nothing. The sealed delivery
 * of a new license is for mail only and goes to no endpoint.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private final EventCodec codec;
    private final WebhookRepository webhooks;
    private final WebhookConfig config;
    private final Clock clock;

    public WebhookEventsConsumer(EventCodec codec, WebhookRepository webhooks, WebhookConfig config, Clock clock) {
        this.codec = codec;
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
    }

    @Incoming("license-events-webhooks")
    @Blocking
    public void onLicenseEvent(String message) {
        queue(message);
    }

    @Incoming("billing-events-webhooks")
    @Blocking
    public void onBillingEvent(String message) {
        queue(message);
    }

    @Incoming("activation-events-webhooks")
    @Blocking
    public void onActivationEvent(String message) {
        queue(message);
    }

    private void queue(String message) {
        EventEnvelope event = codec.read(message);
        if (!WebhookEventTypes.ALL.contains(event.type())) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            for (WebhookEndpoint endpoint : webhooks.enabledEndpoints()) {
                if (endpoint.wants(event.type())) {
                    webhooks.queue(endpoint.id, event.eventId(), event.type(), message, now,
                            now.plus(config.retryFor()));
                }
            }
        });
    }
}
