package com.licenseforge.common.consumer;

import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Reads a Kafka message and applies its effect at most once. The caller's transaction holds both the
 * effect and the processed-event record; the offset is committed only after it. An unreadable message
 * throws {@link com.licenseforge.common.events.PoisonEventException}, which the channel's dead-letter
 * strategy sends to the dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public IdempotentConsumer(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(String message, Consumer<EventEnvelope> effect) {
        EventEnvelope event = codec.read(message);
        if (processed.recordFirstDelivery(event)) {
            effect.accept(event);
            LOG.infof("applied event %s (%s)", event.eventId(), event.type());
        } else {
            LOG.debugf("event %s (%s) already processed", event.eventId(), event.type());
        }
    }
}
