package com.licenseforge.common.observability;

import com.licenseforge.common.consumer.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies to every incoming channel. Puts the request id that caused an event (its Kafka header) into the
 * logging context, so the consumer's lines about that change carry the id the producer's request had; has a
 * message the consumer gives up on dead-lettered only once (see {@link DeadLetters}); and counts the dead
 * letters sent.
 */
@ApplicationScoped
public class IncomingEventContext implements IncomingInterceptor {

    private static final Logger LOG = Logger.getLogger(IncomingEventContext.class);
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");

    private final MeterRegistry registry;
    private final DeadLetters deadLetters;

    public IncomingEventContext(MeterRegistry registry, DeadLetters deadLetters, Config config) {
        this.registry = registry;
        this.deadLetters = deadLetters;
        // Every consumed topic reports zero from the start, so the first dead letter shows as an increase.
        for (String name : config.getPropertyNames()) {
            Matcher topic = INCOMING_TOPIC.matcher(name);
            if (topic.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(this::deadLetterCounter);
            }
        }
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        RequestIds.use(requestId(message).orElse(null));
        return deadLetters.once(message, () -> sent(message));
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // nothing to count: applied events show in the business metrics
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        LOG.warnf("event on %s refused: %s", topic(message), failure.getMessage());
    }

    private void sent(Message<?> message) {
        String topic = topic(message);
        deadLetterCounter(topic).increment();
        LOG.warnf("event on %s sent to the dead-letter topic", topic);
    }

    private static String topic(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getTopic).orElse("unknown");
    }

    private Counter deadLetterCounter(String topic) {
        return registry.counter("licenseforge.dead.letters", "topic", topic);
    }

    private static Optional<String> requestId(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(RequestIds.KEY))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .filter(RequestIds::isUsable);
    }
}
