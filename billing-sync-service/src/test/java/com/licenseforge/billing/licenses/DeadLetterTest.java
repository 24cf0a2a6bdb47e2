package com.licenseforge.billing.licenses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refused event delivered again (a rebalance, a restart, a republished outbox row) is dead-lettered once. */
@QuarkusTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = "license-events.billing-sync-service.dlq";

    @Inject
    EntityManager em;

    @Test
    void anEventDeliveredAgainAfterItWasDeadLetteredIsNotDeadLetteredTwice() {
        // a snapshot without a license id is refused by the registry, so the event is dead-lettered
        String key = UUID.randomUUID().toString();
        EventEnvelope refused = new EventEnvelope(UUID.randomUUID(), EventTypes.LICENSE_ISSUED,
                EventEnvelope.SCHEMA_VERSION, Instant.now(), null, "test", new ObjectMapper().valueToTree(Map.of("version", 1)));
        String copy = TestEvents.write(refused);
        try (EventProbe deadLetters = EventProbe.open(DEAD_LETTERS)) {
            long recorded = deadLettersRecorded();
            TestEvents.publishRaw(Topics.LICENSE_EVENTS, key, copy);
            deadLetters.await(e -> refused.eventId().toString().equals(e.path("eventId").asText()), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersRecorded() > recorded);

            TestEvents.publishRaw(Topics.LICENSE_EVENTS, key, copy);
            // a poison behind the copy, on the same partition: once its dead letter is out, the copy's would be too
            String marker = "{\"marker\": \"" + UUID.randomUUID() + "\"";
            TestEvents.publishRaw(Topics.LICENSE_EVENTS, key, marker);
            AtomicInteger copies = new AtomicInteger();
            deadLetters.await(e -> {
                if (refused.eventId().toString().equals(e.path("eventId").asText())) {
                    copies.incrementAndGet();
                }
                return marker.equals(e.path("unparseable").asText());
            }, Duration.ofSeconds(30));
            assertEquals(1, copies.get(), "dead letters of event " + refused.eventId());
        }
    }

    private long deadLettersRecorded() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_type = 'dead-letter'").getSingleResult()).longValue());
    }
}
