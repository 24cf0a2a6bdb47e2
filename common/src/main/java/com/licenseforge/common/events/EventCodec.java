package com.licenseforge.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.licenseforge.common.json.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** Builds envelopes and turns them into and out of JSON; an unreadable message is a {@link PoisonEventException}. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    /** Events of a newer publisher may carry members this consumer does not know yet: they are skipped. */
    private final ObjectReader reader;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = StrictJson.tolerant(mapper);
    }

    public EventEnvelope envelope(String type, UUID licenseId, String actor, EventPayload payload) {
        return new EventEnvelope(UUID.randomUUID(), type, EventEnvelope.SCHEMA_VERSION, Instant.now(),
                licenseId, actor, mapper.valueToTree(payload));
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialized", e);
        }
    }

    public EventEnvelope read(String json) {
        EventEnvelope envelope;
        try {
            envelope = reader.readValue(json, EventEnvelope.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonEventException("unparseable event: " + e.getMessage());
        }
        if (envelope.eventId() == null || envelope.type() == null || envelope.payload() == null) {
            throw new PoisonEventException("event lacks eventId, type or payload");
        }
        if (envelope.schemaVersion() < 1 || envelope.schemaVersion() > EventEnvelope.SCHEMA_VERSION) {
            throw new PoisonEventException("unknown schemaVersion " + envelope.schemaVersion());
        }
        return envelope;
    }

    public <T extends EventPayload> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return reader.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("payload of " + envelope.type() + " is not a " + type.getSimpleName());
        }
    }

}
