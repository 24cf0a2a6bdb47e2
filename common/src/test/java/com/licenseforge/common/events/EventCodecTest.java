package com.licenseforge.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.licenseforge.common.json.StrictJson;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Request bodies are read strictly, events are not: a newer publisher may add members this consumer skips. */
class EventCodecTest {

    private final ObjectMapper mapper = strict();
    private final EventCodec codec = new EventCodec(mapper);

    @Test
    void membersANewerPublisherAddedAreSkipped() throws Exception {
        UUID account = UUID.randomUUID();
        String json = """
                {"eventId": "%s", "type": "account.registered", "schemaVersion": 1, "occurredAt": "2026-12-06T22:00:00Z",
                 "traceId": "abc", "payload": {"accountId": "%s", "name": "Contoso", "region": "EU"}}"""
                .formatted(UUID.randomUUID(), account);

        EventEnvelope envelope = codec.read(json);

        assertEquals(new AccountRegistered(account, "Contoso", null), codec.payload(envelope, AccountRegistered.class));
        assertThrows(UnrecognizedPropertyException.class, () -> mapper.treeToValue(envelope.payload(),
                AccountRegistered.class), "the same mapper refuses them where it reads requests");
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }
}
