package com.licenseforge.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads what the services really published on a topic, from the moment the probe was opened: the test
 * proof that an event went through the outbox and the broker.
 */
public final class EventProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    private EventProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = partitionsOf(topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** The topic's partitions; asking for them makes the broker create a topic that does not exist yet. */
    private List<TopicPartition> partitionsOf(String topic) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (!partitions.isEmpty() || Instant.now().isAfter(deadline)) {
                return partitions;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return partitions;
            }
        }
    }

    /** Opens a probe at the current end of {@code topic}. */
    public static EventProbe open(String topic) {
        Infrastructure.ensureKafka();
        return new EventProbe(topic);
    }

    /** Waits for the first envelope (as JSON) matching {@code match}; fails after {@code timeout}. */
    public JsonNode await(Predicate<JsonNode> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (JsonNode event : seen) {
            if (match.test(event)) {
                return event;
            }
        }
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = null;
            // The whole batch is kept, so a later await still sees events that arrived with this one.
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                JsonNode event = parse(record.value());
                seen.add(event);
                if (found == null && match.test(event)) {
                    found = event;
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no matching event within " + timeout + "; saw " + seen);
    }

    /** Waits for an event of {@code type} about license {@code licenseId}. */
    public JsonNode await(String type, Object licenseId) {
        return await(e -> type.equals(e.path("type").asText())
                && String.valueOf(licenseId).equals(e.path("licenseId").asText()), Duration.ofSeconds(20));
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            return JSON.createObjectNode().put("unparseable", value);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
