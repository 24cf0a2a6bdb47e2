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

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. Nothing reaches Kafka unless that transaction commits, and
 * nothing that committed is lost while the broker is away: {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    /** The events in their order: the sequence the relay publishes by follows the rows' order here. */
    private static final String BULK_INSERT = """
            insert into outbox_event (id, topic, message_key, event_type, payload, created_at, request_id)
            select e.id, ?, e.message_key, e.event_type, e.payload, ?, ?
              from unnest(?::uuid[], ?::text[], ?::text[], ?::text[])
                   with ordinality e(id, message_key, event_type, payload, position)
             order by e.position""";

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

    /** One event of {@link #publishAll}, keyed like {@link #publish}'s. */
    public record Message(String key, EventEnvelope event) {
    }

    /**
     * Queues many events for {@code topic} in one statement, in their order: what a bulk change (culling leases)
     * writes instead of one insert per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        UUID[] ids = new UUID[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            EventEnvelope event = messages.get(i).event();
            ids[i] = event.eventId();
            keys[i] = messages.get(i).key();
            types[i] = event.type();
            payloads[i] = codec.write(event);
        }
        String requestId = RequestIds.current();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(BULK_INSERT)) {
                insert.setString(1, topic);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setString(3, requestId);
                insert.setArray(4, connection.createArrayOf("uuid", ids));
                insert.setArray(5, connection.createArrayOf("text", keys));
                insert.setArray(6, connection.createArrayOf("text", types));
                insert.setArray(7, connection.createArrayOf("text", payloads));
                insert.executeUpdate();
            }
        });
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
