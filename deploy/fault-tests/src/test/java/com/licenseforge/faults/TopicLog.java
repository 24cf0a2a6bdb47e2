package com.licenseforge.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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

    /** Writes the record once to each partition of {@code topic}: every member of a consumer group receives a copy. */
    static int writeToEveryPartition(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            int partitions = producer.partitionsFor(topic).size();
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, key, value)).get(30, TimeUnit.SECONDS);
            }
            return partitions;
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }

    /** The partitions of {@code topic} each member of {@code group} is assigned, by member (client id and host). */
    static Map<String, Set<Integer>> assignments(String group, String topic) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get(30, TimeUnit.SECONDS);
            Map<String, Set<Integer>> assigned = new HashMap<>();
            for (MemberDescription member : description.members()) {
                Set<Integer> partitions = member.assignment().topicPartitions().stream()
                        .filter(p -> p.topic().equals(topic)).map(TopicPartition::partition).collect(Collectors.toSet());
                if (!partitions.isEmpty()) {
                    assigned.put(member.consumerId() + "@" + member.host(), partitions);
                }
            }
            return assigned;
        } catch (Exception e) {
            throw new IllegalStateException("could not describe group " + group, e);
        }
    }

    /** Whether {@code group} has committed every partition of {@code topic} up to its end: it consumed everything. */
    static boolean consumedToEnd(String group, String topic) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream().filter(p -> p.topic().equals(topic))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            return !ends.isEmpty() && ends.entrySet().stream()
                    .allMatch(end -> committed.get(end.getKey()).offset() >= end.getValue().offset());
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of group " + group, e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
    }
}
