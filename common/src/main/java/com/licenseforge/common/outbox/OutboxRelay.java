package com.licenseforge.common.outbox;

import com.licenseforge.common.observability.RequestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows with an idempotent producer ({@code acks=all}) and deletes them once acknowledged.
 * Several replicas may relay at once: each locks its batch with {@code FOR UPDATE SKIP LOCKED}, and holds
 * back a key whose older row another replica has locked, so one key's events are never reordered.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String LOCK_BATCH = """
            SELECT * FROM outbox_event ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""";
    private static final String DELETE_SENT = """
            DELETE FROM outbox_event WHERE id IN (:ids)""";
    private static final String KEYS_HELD_ELSEWHERE = """
            SELECT DISTINCT message_key FROM outbox_event
            WHERE message_key IN (:keys) AND seq < :maxSeq AND id NOT IN (:ids)""";

    private final EntityManager em;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    /** {@code kafkaConfig} is every {@code kafka.*} setting (bootstrap servers, TLS), as the channels get it. */
    public OutboxRelay(EntityManager em, OutboxConfig config, OutboxMetrics metrics,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.em = em;
        this.config = config;
        this.metrics = metrics;
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.putAll(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000));
        producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(15));
        }
        if (producer != null) {
            producer.close();
        }
    }

    /** Called after a transaction that wrote outbox rows commits, so events leave at once rather than at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                metrics.sampleIfDue();
                int published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                if (published < config.batchSize()) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                metrics.publishFailed();
                LOG.warnf("outbox relay: publishing failed, retrying in %s: %s", config.retryBackoff(), e.getMessage());
                sleep(config.retryBackoff().toMillis());
            }
        }
    }

    /** Publishes one locked batch and deletes what the broker acknowledged; any failure rolls the batch back. */
    private int publishBatch() throws Exception {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(LOCK_BATCH, OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> heldElsewhere = keysWithOlderRowsLockedElsewhere(batch);
        List<OutboxEvent> sendable = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (OutboxEvent row : batch) {
            if (heldElsewhere.contains(row.messageKey)) {
                continue;
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.payload);
            record.headers().add("eventType", row.eventType.getBytes(StandardCharsets.UTF_8));
            if (row.requestId != null) {
                record.headers().add(RequestIds.KEY, row.requestId.getBytes(StandardCharsets.UTF_8));
            }
            acks.add(producer.send(record));
            sendable.add(row);
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        if (!sendable.isEmpty()) {
            em.createNativeQuery(DELETE_SENT).setParameter("ids", sendable.stream().map(row -> row.id).toList())
                    .executeUpdate();
        }
        sendable.forEach(metrics::published);
        return batch.size();
    }

    private Set<String> keysWithOlderRowsLockedElsewhere(List<OutboxEvent> batch) {
        Set<String> keys = new HashSet<>();
        List<UUID> ids = new ArrayList<>();
        long maxSeq = 0;
        for (OutboxEvent row : batch) {
            keys.add(row.messageKey);
            ids.add(row.id);
            maxSeq = Math.max(maxSeq, row.seq);
        }
        @SuppressWarnings("unchecked")
        List<String> held = em.createNativeQuery(KEYS_HELD_ELSEWHERE)
                .setParameter("keys", keys)
                .setParameter("maxSeq", maxSeq)
                .setParameter("ids", ids)
                .getResultList();
        return new HashSet<>(held);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
