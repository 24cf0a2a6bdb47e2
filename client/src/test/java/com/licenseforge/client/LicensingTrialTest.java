package com.licenseforge.client;

import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.Refusal;
import com.licenseforge.client.api.RefusedException;
import com.licenseforge.client.api.RetryPolicy;
import com.licenseforge.client.api.TrialLease;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trial through the library, against answers shaped as the service's on the loopback interface. */
class LicensingTrialTest {

    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));
    private static final TestKeys ACTIVATION = TestKeys.generate("activation-1");
    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";

    @TempDir
    Path dir;

    private final List<String> received = new ArrayList<>();
    private final List<String[]> answers = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aStartedTrialShowsItsDaysLeftThenItsEnd() throws IOException {
        Instant endsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        String token = ACTIVATION.sign("activation+jwt", TestKeys.activationClaims(MACHINE, endsAt)
                .claim("knd", "TRIAL").claim("trialEnd", endsAt.getEpochSecond()).build());
        answers.add(new String[]{"201", """
                {"licenseId":"%s","serial":"%s","cdKey":"%s","activationId":"%s","token":"%s","expiresAt":"%s",
                 "trialEndsAt":"%s","billingRef":"trial-NFR2R7NDWW2GSFD5"}""".formatted(TestKeys.LICENSE_ID,
                TestKeys.SERIAL, CD_KEY, TestKeys.ACTIVATION_ID, token, endsAt, endsAt)});
        answers.add(new String[]{"200", """
                {"valid":false,"code":"TRIAL_ENDED","detail":"the trial ended","trialEndsAt":"%s"}""".formatted(endsAt)});
        Licensing licensing = licensing();

        TrialLease trial = licensing.startTrial("Northwind Traders", "jane@northwind.example", "nw-erp-01", "de");

        assertEquals(TestKeys.SERIAL, trial.serial());
        assertEquals(CD_KEY, trial.cdKey().reveal());
        assertEquals(endsAt, trial.trialEndsAt());
        assertTrue(received.get(0).startsWith("POST /api/v1/trials "), received.get(0));
        assertTrue(received.get(0).contains("\"contactEmail\":\"jane@northwind.example\""), received.get(0));
        assertTrue(received.get(0).contains("\"language\":\"de\""), received.get(0));
        LicenseStatus status = licensing.status();
        assertTrue(status.licensed());
        assertTrue(status.license().trial());
        assertNotNull(status.trial());
        assertEquals(endsAt, status.trial().endsAt());
        assertEquals(29, status.trial().daysLeft());
        assertFalse(status.trialEnded());

        LicenseStatus ended = licensing.heartbeat();
        assertFalse(ended.licensed());
        assertTrue(ended.trialEnded());
        assertTrue(ended.trial().ended());
    }

    @Test
    void aUsedTrialIsRefusedTyped() throws IOException {
        answers.add(new String[]{"409", """
                {"status":409,"code":"TRIAL_ALREADY_USED","detail":"this machine already had a trial","usedBy":"machine"}"""});
        Licensing licensing = licensing();

        RefusedException refused = assertThrows(RefusedException.class,
                () -> licensing.startTrial("Northwind Traders", "jane@northwind.example", null));

        assertEquals("machine", assertInstanceOf(Refusal.TrialAlreadyUsed.class, refused.refusal()).usedBy());
    }

    private Licensing licensing() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String[] answer = answers.remove(0);
            int status = Integer.parseInt(answer[0]);
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Licensing.builder()
                .api(ActivationApi.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                        .retryPolicy(RetryPolicy.none()).build())
                .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
                .trustedKeys(TrustedKeys.builder().activationKeys(TestKeys.jwks(ACTIVATION)).build())
                .machine(MACHINE)
                .stateFile(dir.resolve("license.json"))
                .build();
    }
}
