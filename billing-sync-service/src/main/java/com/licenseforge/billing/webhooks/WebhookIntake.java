package com.licenseforge.billing.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Takes a verified provider event: first stores it as received, in a transaction of its own, so a failure
 * while processing loses nothing and the provider's retry finds it; then processes it in a second
 * transaction that records the outcome. An event id processed before is a duplicate and changes nothing.
 */
@ApplicationScoped
public class WebhookIntake {

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    private final WebhookEventRepository webhookEvents;
    private final ReferenceLocks locks;
    private final BillingLedger ledger;
    private final Clock clock;

    public WebhookIntake(WebhookEventRepository webhookEvents, ReferenceLocks locks, BillingLedger ledger,
                         Clock clock) {
        this.webhookEvents = webhookEvents;
        this.locks = locks;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Receipt receive(ProviderEvent event, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> store(event, body));
        return QuarkusTransaction.requiringNew().call(() -> process(event));
    }

    private void store(ProviderEvent event, byte[] body) {
        ProviderEvent.Data data = event.data();
        // Only the key the event is resolved by, so a parked event waits for exactly that license.
        webhookEvents.storeIfNew(event.id(), event.type(), new String(body, StandardCharsets.UTF_8), clock.instant(),
                data == null ? null : data.licenseId(),
                data == null || data.licenseId() != null ? null : data.billingRef());
    }

    private Receipt process(ProviderEvent event) {
        // The reference lock comes first, in the same order as when a license snapshot applies parked events.
        event.reference().ifPresent(locks::lock);
        WebhookEvent stored = webhookEvents.lockById(event.id()).orElseThrow();
        if (stored.isProcessed()) {
            LOG.debugf("webhook event %s (%s) received again", stored.id, stored.type);
            return new Receipt(stored.id, stored.outcome.name(), true);
        }
        WebhookEvent.Outcome outcome = event.kind().isPresent()
                ? ledger.applyOrPark(event)
                : WebhookEvent.Outcome.IGNORED;
        stored.processed(outcome, clock.instant());
        LOG.infof("webhook event %s (%s): %s", stored.id, stored.type, outcome);
        return new Receipt(stored.id, outcome.name(), false);
    }
}
