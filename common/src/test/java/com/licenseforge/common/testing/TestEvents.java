package com.licenseforge.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.licenseforge.common.events.EventEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes events to the real broker as another service would, for tests of a consumer. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    /** Publishes an envelope of {@code type} about {@code licenseId} with {@code payload}; returns its event id. */
    public static UUID publish(String topic, String key, String type, UUID licenseId, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, EventEnvelope.SCHEMA_VERSION,
                Instant.now(), licenseId, "test", JSON.valueToTree(payload));
        publishRaw(topic, key, write(envelope));
        return envelope.eventId();
    }

    /** {@code value} as the JSON tree an envelope carries, for a test that builds its own envelope. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** Publishes any text, e.g. a poison message or a redelivery of an earlier envelope. */
    public static void publishRaw(String topic, String key, String value) {
        Infrastructure.ensureKafka();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing to " + topic + " failed", e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
