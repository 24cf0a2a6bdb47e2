package com.licenseforge.client.api;

import com.licenseforge.client.CdKey;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retry rules against scripted HTTP answers on the loopback interface (the answers of the real service,
 * refusals included, are covered by the system tests).
 */
class ActivationApiRetryTest {

    private static final CdKey KEY = CdKey.of("4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA");

    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Instant> arrivals = new ArrayList<>();
    private final List<String> requestIds = new ArrayList<>();
    private HttpServer server;

    record Answer(int status, String retryAfter, String body) {
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBusyServiceIsAskedAgainAfterItsRetryAfterWithTheSameRequestId() throws IOException {
        script.add(new Answer(503, "1", ""));
        script.add(new Answer(204, null, ""));
        ActivationApi api = api(RetryPolicy.defaults());

        api.deactivate(UUID.randomUUID(), KEY);

        assertEquals(2, arrivals.size());
        assertTrue(Duration.between(arrivals.get(0), arrivals.get(1)).toMillis() >= 900, "waited for Retry-After");
        assertEquals(requestIds.get(0), requestIds.get(1));
    }

    @Test
    void aLongCredentialLockIsReportedAtOnceWithItsWait() throws IOException {
        script.add(new Answer(429, "900", """
                {"status":429,"code":"CREDENTIALS_LOCKED","detail":"too many wrong CD keys","retryAfterSeconds":900}"""));
        ActivationApi api = api(RetryPolicy.defaults());

        RefusedException refused = assertThrows(RefusedException.class, () -> api.deactivate(UUID.randomUUID(), KEY));

        assertEquals(1, arrivals.size());
        assertEquals(new Refusal.CredentialsLocked(Duration.ofSeconds(900)), refused.refusal());
        assertEquals(requestIds.get(0), refused.requestId());
        assertFalse(refused.getMessage().contains(KEY.reveal()));
    }

    @Test
    void aRefusalIsNotRetriedAndCarriesItsData() throws IOException {
        script.add(new Answer(409, null, """
                {"status":409,"code":"EXCESS_SEAT_ASSIGNMENTS","detail":"3 users would hold the 1 seats of hr",
                 "excess":[{"module":"hr","seats":1,"assigned":3,"users":["alice","bob","carol"]}]}"""));
        ActivationApi api = api(RetryPolicy.defaults());

        RefusedException refused = assertThrows(RefusedException.class,
                () -> api.assignSeats(UUID.randomUUID(), "hr", KEY, List.of("alice", "bob", "carol")));

        assertEquals(1, arrivals.size());
        assertEquals(409, refused.status());
        Refusal.ExcessSeatAssignments excess = assertInstanceOf(Refusal.ExcessSeatAssignments.class, refused.refusal());
        assertEquals(List.of(new Refusal.ExcessSeats("hr", 1, 3, List.of("alice", "bob", "carol"))), excess.excess());
    }

    @Test
    void noAnswerAfterTheLastAttemptIsUnreachable() throws IOException {
        for (int i = 0; i < 3; i++) {
            script.add(new Answer(502, null, "<html>bad gateway</html>"));
        }
        ActivationApi api = api(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1)));

        assertThrows(UnreachableException.class, () -> api.jwks());
        assertEquals(3, arrivals.size());
        server.stop(0);
        UnreachableException closed = assertThrows(UnreachableException.class, () -> api.jwks());
        assertTrue(closed.getMessage().contains("no answer after 3 attempt"));
    }

    @Test
    void anUnknownCodeArrivesAsOtherWithItsData() throws IOException {
        script.add(new Answer(409, null, "{\"status\":409,\"code\":\"SOMETHING_NEW\",\"detail\":\"d\",\"hint\":\"x\"}"));
        RefusedException refused = assertThrows(RefusedException.class, () -> api(RetryPolicy.none()).jwks());
        assertEquals(new Refusal.Other("SOMETHING_NEW", java.util.Map.of("hint", "x")), refused.refusal());
    }

    private ActivationApi api(RetryPolicy retries) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            arrivals.add(Instant.now());
            requestIds.add(exchange.getRequestHeaders().getFirst("X-Request-Id"));
            Answer answer = script.poll();
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return ActivationApi.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .retryPolicy(retries).requestTimeout(Duration.ofSeconds(5)).build();
    }
}
