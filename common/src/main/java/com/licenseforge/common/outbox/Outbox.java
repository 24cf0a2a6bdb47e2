package com.licenseforge.common.outbox;

import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.observability.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Records an event in the caller's transaction. Nothing reaches Kafka unless that transaction commits, and
 * nothing that committed is lost while the broker is away: {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager em, EventCodec codec, OutboxRelay relay,
                  TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.codec = codec;
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Queues {@code event} for {@code topic}, keyed by {@code key} (the license id where there is one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, EventEnvelope event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.eventId();
        row.topic = topic;
        row.messageKey = key;
        row.eventType = event.type();
        row.payload = codec.write(event);
        row.createdAt = Instant.now();
        row.requestId = RequestIds.current();
        em.persist(row);
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
