package com.licenseforge.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Everything a topic holds, read from its beginning on the tests' broker; and raw records written to it. */
final class TopicLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOTSTRAP = "127.0.0.1:" + FaultSystem.KAFKA_PORT;

    private TopicLog() {
    }

    /** One record as it lies in the topic. */
    record Entry(String key, String value, Map<String, String> headers) {

        /** The value as an event envelope, or null when it is not JSON (a poison message, say). */
        JsonNode event() {
            try {
                return JSON.readTree(value);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Every record of {@code topic} up to its current end (empty when the topic does not exist). */
    static List<Entry> read(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of())
                    .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            List<Entry> entries = new ArrayList<>();
            if (partitions.isEmpty()) {
                return entries;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null
                                : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    entries.add(new Entry(record.key(), record.value(), headers));
                }
            }
            return entries;
        }
    }

    /** Writes a raw record, bypassing every service: what a faulty or foreign producer might leave behind. */
    static void write(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }
}
