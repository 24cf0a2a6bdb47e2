package com.licenseforge.notification.webhooks;

import com.licenseforge.notification.config.WebhookConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers due webhooks, each endpoint as its own queue: one task per endpoint drains its due deliveries in order,
 * so a slow or dead endpoint occupies one task and never delays another's. A delivery is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (replicas share the work), the endpoint's address is checked again and pinned,
 * the envelope signed and posted. A failure waits 30 s, 1, 2, 4 ... minutes (at most an hour, with jitter) until
 * 24 h after the event, then is FAILED; an endpoint failing every delivery for 3 days is disabled and the vendor's
 * admin contact told.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final WebhookRepository webhooks;
    private final WebhookClient client;
    private final EndpointGuard guard;
    private final WebhookConfig config;
    private final Mailer mailer;
    private final Clock clock;
    private final Set<UUID> draining = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    public WebhookSender(WebhookRepository webhooks, WebhookClient client, EndpointGuard guard, WebhookConfig config,
                         Mailer mailer, Clock clock) {
        this.webhooks = webhooks;
        this.client = client;
        this.guard = guard;
        this.config = config;
        this.mailer = mailer;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(config.concurrency());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Scheduled(identity = "webhook-sender", every = "${licenseforge.webhooks.send-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        for (UUID endpoint : dueEndpoints()) {
            if (draining.add(endpoint)) {
                workers.submit(() -> {
                    try {
                        drain(endpoint);
                    } finally {
                        draining.remove(endpoint);
                    }
                });
            }
        }
    }

    /** Delivers every due delivery now, endpoint after endpoint; the number of attempts made. */
    public int deliverDue() {
        int attempts = 0;
        for (UUID endpoint : dueEndpoints()) {
            attempts += drain(endpoint);
        }
        return attempts;
    }

    private List<UUID> dueEndpoints() {
        return QuarkusTransaction.requiringNew().call(() -> webhooks.endpointsWithDueDeliveries(clock.instant()));
    }

    private int drain(UUID endpoint) {
        int attempts = 0;
        while (QuarkusTransaction.requiringNew().call(() -> deliverNext(endpoint))) {
            attempts++;
        }
        return attempts;
    }

    private boolean deliverNext(UUID endpointId) {
        Instant now = clock.instant();
        Optional<WebhookDelivery> due = webhooks.lockNextDue(endpointId, now);
        WebhookEndpoint endpoint = webhooks.endpoint(endpointId).orElse(null);
        if (due.isEmpty() || endpoint == null || !endpoint.enabled) {
            return false;
        }
        WebhookDelivery delivery = due.get();
        WebhookClient.Outcome outcome;
        try {
            WebhookTarget target = guard.target(endpoint.url);
            String signature = WebhookSignature.header(guard.open(endpoint.id, endpoint.sealedSecret),
                    now.getEpochSecond(), delivery.body);
            outcome = client.post(target, delivery.body, signature);
        } catch (WebhookTarget.Refused refused) {
            outcome = new WebhookClient.Outcome(null, "refused: " + refused.getMessage());
        }
        delivery.attempts++;
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastError = outcome.error();
        WebhookEndpoint locked = webhooks.lockEndpoint(endpointId).orElseThrow();
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            locked.failingSince = null;
            return true;
        }
        Instant next = now.plus(backoff(delivery.attempts));
        if (next.isAfter(delivery.retryUntil)) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = next;
        }
        LOG.warnf("webhook delivery %s (%s) to endpoint %s failed, attempt %d: %s", delivery.id, delivery.type,
                endpointId, delivery.attempts, outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error());
        if (locked.failingSince == null) {
            locked.failingSince = now;
        } else if (!locked.failingSince.plus(config.disableAfter()).isAfter(now)) {
            disable(locked, now);
        }
        return true;
    }

    /** 30 s doubled per failed attempt, at most an hour, each wait shortened by up to a half at random. */
    private static Duration backoff(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        return wait.minusMillis(ThreadLocalRandom.current().nextLong(wait.toMillis() / 2 + 1));
    }

    private void disable(WebhookEndpoint endpoint, Instant now) {
        endpoint.enabled = false;
        endpoint.disabledAt = now;
        LOG.errorf("webhook endpoint %s disabled: every delivery failed since %s", endpoint.id, endpoint.failingSince);
        config.adminContact().ifPresent(admin -> {
            try {
                mailer.send(Mail.withText(admin, "LicenseForge: webhook endpoint disabled",
                        "The webhook endpoint " + endpoint.id + " (" + endpoint.url + ") was disabled on " + now
                                + ": every delivery to it failed since " + endpoint.failingSince + ".\n\n"
                                + "Its deliveries are kept; once the receiver works again, redeliver them with\n"
                                + "POST /api/v1/webhook-endpoints/" + endpoint.id + "/deliveries/{id}/redeliveries.\n"));
            } catch (RuntimeException e) {
                LOG.warnf("the admin contact could not be told that endpoint %s was disabled: %s", endpoint.id,
                        e.getClass().getSimpleName());
            }
        });
    }
}
