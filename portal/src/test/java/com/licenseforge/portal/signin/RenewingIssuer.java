package com.licenseforge.portal.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The issuer's renewal answer alone, for the session rules' test, whose clock runs hours ahead of any real issuer's:
 * {@code tok-N} renews to {@code tok-N+1}, anything else is refused as an ended session. Sign-in and renewal against
 * the real issuer are in the system tests.
 */
public class RenewingIssuer implements QuarkusTestResourceLifecycleManager {

    static final String ACCOUNT_ID = "2d0f6b7e-1c3a-4e59-b8d2-7a6c5e4f3b21";

    /** The browser's address chain of the latest renewal, as the portal passed it on. */
    static volatile String forwardedFor;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/customer/sessions/renewals", this::renew);
        server.start();
        return Map.of("portal.services.issuer", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void renew(HttpExchange exchange) throws IOException {
        forwardedFor = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"POST".equals(exchange.getRequestMethod()) || bearer == null || !bearer.matches("Bearer tok-\\d+")) {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            send(exchange, 401, "{\"status\":401,\"code\":\"SESSION_ENDED\",\"detail\":\"the session ended\"}");
            return;
        }
        int next = Integer.parseInt(bearer.substring("Bearer tok-".length())) + 1;
        // far ahead: the test moves the portal's clock, not this one's
        Instant far = Instant.now().plus(Duration.ofDays(365));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 201, """
                {"token":"tok-%d","expiresAt":"%s","sessionEndsAt":"%s","actor":"ada@contoso.example","accountId":"%s"}"""
                .formatted(next, far, far, ACCOUNT_ID));
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
