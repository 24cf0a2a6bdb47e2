package com.licenseforge.client;

import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floating mode against a service that answers as the activation service does: checkout activates and
 * heartbeats at half the interval, the lease (not the token) bounds running, borrowing gives a token for offline
 * use, and closing the session checks in.
 */
class FloatingSessionTest {

    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));
    private static final CdKey CD_KEY = CdKey.of("K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J");
    private static final long INTERVAL_SECONDS = 2;

    @TempDir
    Path dir;

    private HttpServer service;
    private TestKeys keys;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch heartbeats = new CountDownLatch(2);
    private final AtomicReference<Instant> lease = new AtomicReference<>();
    private Licensing licensing;

    @BeforeEach
    void serve() throws IOException {
        keys = TestKeys.generate("activation-1");
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", this::answer);
        service.start();
        licensing = Licensing.builder()
                .api(ActivationApi.builder(URI.create("http://127.0.0.1:" + service.getAddress().getPort())).build())
                .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
                .trustedKeys(TrustedKeys.builder().activationKeys(keys.jwks()).build())
                .machine(MACHINE)
                .stateFile(dir.resolve("license.json"))
                .build();
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        calls.add(call);
        Instant now = Instant.now();
        String body;
        int status = 200;
        if (call.equals("POST /api/v1/activations") || call.equals("POST /api/v1/validations")) {
            lease.set(now.plusSeconds(INTERVAL_SECONDS));
            body = "{\"valid\": true, \"code\": \"VALID\", \"activationId\": \"" + TestKeys.ACTIVATION_ID
                    + "\", \"token\": \"" + token(now.plus(Duration.ofHours(24)), null) + "\", \"expiresAt\": \""
                    + now.plus(Duration.ofHours(24)) + "\", \"leaseExpiresAt\": \"" + lease.get() + "\"}";
            status = call.endsWith("activations") ? 201 : 200;
            if (call.endsWith("validations")) {
                heartbeats.countDown();
            }
        } else if (call.endsWith("/borrowings")) {
            Instant until = now.plus(Duration.ofDays(2));
            body = "{\"activationId\": \"" + TestKeys.ACTIVATION_ID + "\", \"token\": \"" + token(until, until)
                    + "\", \"expiresAt\": \"" + until + "\", \"leaseExpiresAt\": \"" + until + "\"}";
        } else if (call.startsWith("DELETE ")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        } else {
            body = "{}";
            status = 404;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String token(Instant expiresAt, Instant borrowedUntil) {
        var claims = TestKeys.activationClaims(MACHINE, expiresAt).claim("model", "FLOATING")
                .claim("hbi", INTERVAL_SECONDS);
        if (borrowedUntil != null) {
            claims.claim("borrow", borrowedUntil.getEpochSecond());
        }
        return keys.sign("activation+jwt", claims.build());
    }

    @Test
    void checkoutHeartbeatsAtHalfTheIntervalAndClosingChecksIn() throws InterruptedException {
        FloatingSession session = licensing.checkout(TestKeys.SERIAL, CD_KEY, TestKeys.ORGANIZATION_ID, "cad-01",
                new HeartbeatListener() {
                    @Override
                    public void onStatus(LicenseStatus now) {
                    }

                    @Override
                    public void onFailure(RuntimeException failure, LicenseStatus lastGood) {
                    }
                });
        LicenseStatus running = licensing.status();
        assertTrue(running.licensed());
        assertTrue(running.license().floating());
        assertEquals(Duration.ofSeconds(INTERVAL_SECONDS), running.license().heartbeatInterval());
        assertTrue(running.leaseEndsAt().isBefore(Instant.now().plusSeconds(INTERVAL_SECONDS + 1)),
                "a floating machine runs on its lease, not on its day-long token: " + running.leaseEndsAt());

        assertTrue(heartbeats.await(5, TimeUnit.SECONDS), "two heartbeats within two intervals");
        session.close();
        session.close();
        assertEquals(1, calls.stream().filter(c -> c.equals("DELETE /api/v1/activations/" + TestKeys.ACTIVATION_ID)).count(),
                "checked in once");
        assertFalse(licensing.status().licensed(), "the slot is given back");
    }

    @Test
    void aLeaseThatIsNotRenewedEndsRunningAndABorrowedOneRunsOffline() throws InterruptedException {
        licensing.activate(TestKeys.SERIAL, CD_KEY, TestKeys.ORGANIZATION_ID, "cad-01");
        Instant until = Instant.now().plus(Duration.ofDays(2));
        LicenseStatus borrowed = licensing.borrow(until);
        assertTrue(borrowed.licensed());
        assertTrue(Duration.between(until, borrowed.leaseEndsAt()).abs().getSeconds() < 5,
                "a borrowed lease runs until the borrow ends: " + borrowed.leaseEndsAt());
        licensing.checkIn(CD_KEY);
        assertTrue(calls.contains("DELETE /api/v1/activations/" + TestKeys.ACTIVATION_ID));

        licensing.activate(TestKeys.SERIAL, CD_KEY, TestKeys.ORGANIZATION_ID, "cad-01");
        Instant end = lease.get();
        while (!Instant.now().isAfter(end)) {
            Thread.sleep(100);
        }
        LicenseStatus lapsed = licensing.status();
        assertFalse(lapsed.licensed(), "without heartbeats the lease ends here too");
        assertTrue(lapsed.reason().contains("lease ended"));
    }

    @Test
    void aNodeLockedLicenseIsNotCheckedOut() {
        HttpServer plain = service;
        plain.removeContext("/");
        plain.createContext("/", exchange -> {
            String token = keys.sign("activation+jwt", TestKeys.activationClaims(MACHINE,
                    Instant.now().plus(Duration.ofDays(30))).build());
            byte[] bytes = ("{\"activationId\": \"" + UUID.randomUUID() + "\", \"token\": \"" + token
                    + "\", \"expiresAt\": \"" + Instant.now().plus(Duration.ofDays(30)) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        assertThrows(IllegalStateException.class, () -> licensing.checkout(TestKeys.SERIAL, CD_KEY,
                TestKeys.ORGANIZATION_ID, "erp-01", new HeartbeatListener() {
                    @Override
                    public void onStatus(LicenseStatus now) {
                    }

                    @Override
                    public void onFailure(RuntimeException failure, LicenseStatus lastGood) {
                    }
                }));
    }
}
