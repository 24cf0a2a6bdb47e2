package com.licenseforge.common.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Dead-letters a record once, however often it is delivered. The channel's dead-letter strategy sends the
 * record to the dead-letter topic and only then acknowledges it, and its offset is committed later still; a
 * rebalance (a replica joining or leaving) or a restart in between hands the record to a consumer again, on
 * either replica, which would dead-letter it a second time. So a sent dead letter is recorded in
 * {@code processed_event} under an id named after the event id (for a message that is no event at all, after
 * the record's topic, partition and offset), and a record delivered again after that is acknowledged without
 * another dead letter. Only a process dying between the send and that record can still leave two.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final String TYPE = "dead-letter";
    private static final String SENT = """
            SELECT count(*) FROM processed_event WHERE event_id = :id""";
    private static final String RECORD = """
            INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, now())
            ON CONFLICT (event_id) DO NOTHING""";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public DeadLetters(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * The message, its refusal now dead-lettering it only when no consumer did so before; {@code onSent} runs
     * after each dead letter really sent. A message that is no Kafka record is returned as it is.
     */
    public Message<?> once(Message<?> message, Runnable onSent) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .<Message<?>>map(record -> message.withNackWithMetadata((failure, metadata) -> {
                    UUID id = identity(record, message.getPayload());
                    Executor worker = Infrastructure.getDefaultWorkerPool();
                    return CompletableFuture.supplyAsync(() -> sentBefore(id), worker).thenCompose(sent -> {
                        if (sent) {
                            LOG.infof("record %s-%d@%d was dead-lettered before; acknowledged without another copy",
                                    record.getTopic(), record.getPartition(), record.getOffset());
                            return message.ack(metadata);
                        }
                        CompletionStage<Void> deadLettered = message.nack(failure, metadata);
                        return deadLettered.thenRunAsync(() -> {
                            recordSent(id);
                            onSent.run();
                        }, worker);
                    });
                }))
                .orElse(message);
    }

    /** The event id names a dead letter; a record that carries none is named by where it lies. */
    UUID identity(IncomingKafkaRecordMetadata<?, ?> record, Object payload) {
        String name = eventId(payload)
                .map(eventId -> TYPE + " " + record.getTopic() + " " + eventId)
                .orElse(TYPE + " " + record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> eventId(Object payload) {
        if (!(payload instanceof String text)) {
            return Optional.empty();
        }
        try {
            JsonNode id = mapper.readTree(text).path("eventId");
            return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** When the database cannot say, the record is dead-lettered (once more, at worst). */
    private boolean sentBefore(UUID id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(SENT)
                    .setParameter("id", id).getSingleResult()).longValue() > 0);
        } catch (RuntimeException e) {
            LOG.warnf("could not tell whether dead letter %s was sent before: %s", id, e.getMessage());
            return false;
        }
    }

    private void recordSent(UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(RECORD)
                    .setParameter("id", id).setParameter("type", TYPE).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("dead letter %s sent but not recorded; a redelivery may send it again: %s", id, e.getMessage());
        }
    }
}
