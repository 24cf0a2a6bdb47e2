package com.licenseforge.common.consumer;

import com.licenseforge.common.database.DatabaseOutage;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a Kafka message and applies its effect at most once: the effect and the processed-event record
 * commit in one transaction of their own, and the offset is committed only after it. An unreadable message
 * throws {@link com.licenseforge.common.events.PoisonEventException}, which the channel's dead-letter
 * strategy sends to the dead-letter topic. A database outage is no fault of the message: the same message
 * is tried again until the database answers, so the partition waits in order and nothing good is
 * dead-lettered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public IdempotentConsumer(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    public void consume(String message, Consumer<EventEnvelope> effect) {
        consume(message, type -> true, effect);
    }

    /**
     * Like {@link #consume(String, Consumer)} for a consumer that acts on some event types only: an event of
     * another type is read (an unreadable one is still dead-lettered) and passed over without a transaction or a
     * processed-event row, since applying it twice changes nothing.
     */
    public void consume(String message, Predicate<String> actsOn, Consumer<EventEnvelope> effect) {
        EventEnvelope event = codec.read(message);
        if (!actsOn.test(event.type())) {
            LOG.debugf("event %s (%s) is not acted on here", event.eventId(), event.type());
            return;
        }
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(event, effect));
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                LOG.warnf("database unavailable while consuming an event, retrying in %s: %s", wait, e.getMessage());
                sleep(wait, e);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void applyOnce(EventEnvelope event, Consumer<EventEnvelope> effect) {
        if (processed.recordFirstDelivery(event)) {
            effect.accept(event);
            LOG.infof("applied event %s (%s)", event.eventId(), event.type());
        } else {
            LOG.debugf("event %s (%s) already processed", event.eventId(), event.type());
        }
    }

    /** Shutting down interrupts the wait: the message stays uncommitted and is delivered again later. */
    private static void sleep(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
