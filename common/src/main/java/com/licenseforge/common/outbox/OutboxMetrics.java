package com.licenseforge.common.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator watches of the outbox: how many events wait, how old the oldest is, and what left. The
 * backlog is the whole table (every replica reports the same figure), sampled by the relay at most every
 * {@link #SAMPLE_EVERY} rather than queried on each scrape.
 */
@ApplicationScoped
public class OutboxMetrics {

    static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);

    private static final String BACKLOG = """
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM outbox_event""";

    private final EntityManager em;
    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile long sampledAt;

    public OutboxMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.registry = registry;
        registry.gauge("licenseforge.outbox.backlog", backlog);
        registry.gauge("licenseforge.outbox.oldest.age.seconds", oldestAgeSeconds);
    }

    /** Counts events the broker acknowledged. */
    void published(OutboxEvent row) {
        registry.counter("licenseforge.outbox.published", "topic", row.topic, "type", row.eventType).increment();
    }

    void publishFailed() {
        registry.counter("licenseforge.outbox.publish.failures").increment();
    }

    /** Refreshes the backlog figures if the last sample is older than {@link #SAMPLE_EVERY}. */
    void sampleIfDue() {
        long now = System.nanoTime();
        if (sampledAt != 0 && now - sampledAt < SAMPLE_EVERY.toNanos()) {
            return;
        }
        sampledAt = now;
        Object[] row = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery(BACKLOG).getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(((Number) row[1]).longValue());
    }
}
