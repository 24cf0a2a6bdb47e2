package com.licenseforge.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three services' customer endpoints as far as the portal's own tests need them, on one port: the sign-in (a link
 * bound to the binding hash last asked with, code {@code code-1}; serial {@code SER-1} with CD key {@code KEY-1}),
 * renewals ({@code tok-N} becomes {@code tok-N+1}, {@code ended} is refused), one license with one machine, a free
 * that is always past the limit, seats, the license file, offline responses and mails. The real services are
 * exercised by the system tests.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final String LICENSE_ID = "6f1c0a52-6a38-4c1e-9d55-0d7e3f6c2b11";
    public static final String ACTIVATION_ID = "0b8a3c9e-2f47-4d7a-8e61-5c2d9a7f4e30";
    public static final String ACCOUNT_ID = "2d0f6b7e-1c3a-4e59-b8d2-7a6c5e4f3b21";
    public static final String NEXT_POSSIBLE_AT = "2026-12-24T10:15:00Z";

    /** The binding hash of the last sign-in link asked for, and how often a code was redeemed. */
    public static volatile String lastBinding;
    public static final AtomicInteger redemptions = new AtomicInteger();
    public static final AtomicInteger frees = new AtomicInteger();

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/customer/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("portal.services.issuer", url, "portal.services.activation", url, "portal.services.notification", url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().substring("/api/v1/customer".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        String license = "/licenses/" + LICENSE_ID;
        if (method.equals("POST") && path.equals("/signin-links")) {
            JsonNode request = JSON.readTree(body);
            if (request.path("email").asText().startsWith("busy@")) {
                exchange.getResponseHeaders().add("Retry-After", "120");
                problem(exchange, 429, "TOO_MANY_REQUESTS");
                return;
            }
            lastBinding = request.path("browserBinding").asText();
            json(exchange, 202, "{}");
        } else if (method.equals("POST") && path.equals("/sessions")) {
            signIn(exchange, JSON.readTree(body));
        } else if (method.equals("POST") && path.equals("/sessions/renewals")) {
            if (bearer == null || !bearer.matches("Bearer tok-\\d+")) {
                problem(exchange, 401, "SESSION_ENDED");
                return;
            }
            int next = Integer.parseInt(bearer.substring("Bearer tok-".length())) + 1;
            json(exchange, 201, signedIn("tok-" + next, "ada@contoso.example", "accountId", ACCOUNT_ID));
        } else if (bearer == null) {
            problem(exchange, 401, "UNAUTHORIZED");
        } else if (method.equals("GET") && path.equals("/licenses")) {
            json(exchange, 200, "[" + license() + "]");
        } else if (method.equals("GET") && path.equals(license)) {
            json(exchange, 200, license());
        } else if (method.equals("GET") && path.equals(license + "/file")) {
            text(exchange, 200, "-----BEGIN LICENSE-----\nSER-1\n-----END LICENSE-----\n");
        } else if (method.equals("GET") && path.equals(license + "/machines")) {
            json(exchange, 200, """
                    {"licenseId":"%s","activationsUsed":1,"maxActivations":5,
                     "selfService":{"used":3,"limit":3,"nextPossibleAt":"%s"},
                     "machines":[{"activationId":"%s","hostname":"build-01","organizationName":"Contoso Ltd",
                       "productVersion":"4.2.0","lastSeenAt":"2026-12-06T18:30:00Z","activatedAt":"2026-11-01T08:00:00Z",
                       "status":"ACTIVE","seats":{"cad":["ada"]}}]}""".formatted(LICENSE_ID, NEXT_POSSIBLE_AT, ACTIVATION_ID));
        } else if (method.equals("DELETE") && path.equals("/activations/" + ACTIVATION_ID)) {
            frees.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            send(exchange, 409, """
                    {"status":409,"code":"SELF_SERVICE_LIMIT_REACHED","detail":"Contact the vendor's support.",
                     "nextPossibleAt":"%s","limit":3}""".formatted(NEXT_POSSIBLE_AT));
        } else if (method.equals("DELETE") && path.equals("/activations/" + ACTIVATION_ID + "/seats/cad/users/ada")) {
            send(exchange, 204, "");
        } else if (method.equals("POST") && path.equals(license + "/offline-responses")) {
            text(exchange, 200, "RESPONSE TO " + body.strip());
        } else if (method.equals("GET") && path.equals("/mails")) {
            exchange.getResponseHeaders().add("X-Total-Count", "1");
            json(exchange, 200, """
                    [{"id":"9d1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f","licenseId":"%s","serial":"SER-1","kind":"LICENSE_ISSUED",
                      "recipient":"ada@contoso.example","subject":"Your license SER-1","status":"SENT",
                      "createdAt":"2026-11-01T08:00:00Z","sentAt":"2026-11-01T08:00:05Z"}]""".formatted(LICENSE_ID));
        } else {
            problem(exchange, 404, "NOT_FOUND");
        }
    }

    private void signIn(HttpExchange exchange, JsonNode request) throws IOException {
        if (request.has("code")) {
            redemptions.incrementAndGet();
            boolean bound = lastBinding != null && lastBinding.equals(sha256(request.path("browserBindingSecret").asText()));
            if ("code-1".equals(request.path("code").asText()) && bound) {
                json(exchange, 201, signedIn("tok-1", "ada@contoso.example", "accountId", ACCOUNT_ID));
            } else {
                problem(exchange, 401, "SIGNIN_LINK_INVALID");
            }
        } else if ("SER-1".equals(request.path("serial").asText()) && "KEY-1".equals(request.path("cdKey").asText())) {
            json(exchange, 201, signedIn("tok-1", "serial:SER-1", "licenseId", LICENSE_ID));
        } else {
            problem(exchange, 401, "INVALID_CREDENTIALS");
        }
    }

    private static String signedIn(String token, String actor, String scope, String id) {
        Instant now = Instant.now();
        // far ahead: the tests move the portal's clock, not this one's
        return """
                {"token":"%s","expiresAt":"%s","sessionEndsAt":"%s","actor":"%s","%s":"%s"}"""
                .formatted(token, now.plus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)), actor, scope, id);
    }

    private static String license() {
        return """
                {"id":"%s","serial":"SER-1","productCode":"CAD","productName":"Contoso CAD","kind":"COMMERCIAL",
                 "model":"NODE_LOCKED","status":"PAST_DUE","startsAt":"2026-01-01T00:00:00Z","expiresAt":"2027-01-01T00:00:00Z",
                 "maintenanceUntil":"2027-01-01T00:00:00Z","modules":{"cad":5},"maxActivations":5,
                 "billingStanding":"PAST_DUE","graceEndsAt":"2026-12-20T00:00:00Z"}""".formatted(LICENSE_ID);
    }

    static String sha256(String secret) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpExchange exchange, int status, String code) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        send(exchange, status, "{\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"stub\"}");
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, status, json);
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text);
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
