package com.licenseforge.client;

import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.RetryPolicy;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.client.verify.VerificationException;
import com.licenseforge.client.verify.VerificationFailure;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the owner of a machine may try with its clock and its files: set the clock back, edit the state, restore
 * a copy saved before the service refused the machine. Fake clocks; the service is a scripted loopback answer.
 */
class LicensingTamperingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));

    private final TestKeys activation = TestKeys.generate("activation-1");
    private final TrustedKeys keys = TrustedKeys.builder().activationKeys(activation.jwks()).build();
    private HttpServer service;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
    }

    @Test
    void aClockSetBackAnHourIsTamperedUntilItIsSetRight() {
        licensing(NOW).importLicenseFile(leaseFile(NOW.plus(Duration.ofDays(30))));
        Instant fiveDaysOn = NOW.plus(Duration.ofDays(5));
        assertTrue(licensing(fiveDaysOn).status().licensed());

        LicenseStatus setBack = licensing(fiveDaysOn.minus(Duration.ofHours(1))).status();

        assertFalse(setBack.licensed());
        assertTrue(setBack.clockTampered());
        assertEquals(VerificationFailure.CLOCK_TAMPERED, setBack.failure());
        assertEquals("VALID", setBack.lastCode());
        assertTrue(licensing(fiveDaysOn.plusSeconds(60)).status().licensed(), "licensed again once set right");
    }

    @Test
    void aClockBehindWithinTheToleranceIsFine() {
        licensing(NOW).importLicenseFile(leaseFile(NOW.plus(Duration.ofDays(30))));
        Instant fiveDaysOn = NOW.plus(Duration.ofDays(5));
        assertTrue(licensing(fiveDaysOn).status().licensed());

        assertTrue(licensing(fiveDaysOn.minus(Duration.ofMinutes(9))).status().licensed());
        assertFalse(licensing(fiveDaysOn.minus(Duration.ofMinutes(9)), Duration.ofMinutes(5)).status().licensed(),
                "the tolerance is configurable");
    }

    @Test
    void aLeaseIssuedAfterTheClockBeyondTheToleranceIsTampered() {
        String issuedInAnHour = TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30)))
                        .issueTime(Date.from(NOW.plus(Duration.ofHours(1)))).build()));
        String issuedInFiveMinutes = TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30)))
                        .issueTime(Date.from(NOW.plus(Duration.ofMinutes(5)))).build()));

        VerificationException refused = assertThrows(VerificationException.class,
                () -> licensing(NOW).importLicenseFile(issuedInAnHour));

        assertEquals(VerificationFailure.CLOCK_TAMPERED, refused.failure());
        assertTrue(licensing(NOW).importLicenseFile(issuedInFiveMinutes).licensed());
    }

    @Test
    void anEditedStateOrALostMarkIsRefused() throws IOException {
        licensing(NOW).importLicenseFile(leaseFile(NOW.plus(Duration.ofDays(30))));
        Path state = dir.resolve("license.json");
        String saved = Files.readString(state);

        Files.writeString(state, saved.replace("\"lastCode\" : \"VALID\"", "\"lastCode\" : \"PAST_DUE\""));
        assertEquals(VerificationFailure.STATE_TAMPERED, licensing(NOW).status().failure());

        Files.writeString(state, saved);
        assertTrue(licensing(NOW).status().licensed());
        Files.delete(dir.resolve("license.json.mark"));
        LicenseStatus lost = licensing(NOW).status();
        assertFalse(lost.licensed());
        assertEquals(VerificationFailure.STATE_TAMPERED, lost.failure());
    }

    @Test
    void aCopySavedBeforeTheServiceRevokedTheMachineDoesNotBringItBack() throws IOException {
        String file = leaseFile(NOW.plus(Duration.ofDays(30)));
        licensing(NOW).importLicenseFile(file);
        Path state = dir.resolve("license.json");
        String beforeRevocation = Files.readString(state);
        String token = beforeRevocation.replaceAll("(?s).*\"token\" : \"([^\"]+)\".*", "$1");
        Licensing connected = connected(NOW, "{\"valid\":false,\"code\":\"REVOKED\",\"detail\":\"the license was revoked\"}");

        assertFalse(connected.heartbeat().licensed());
        String revoked = Files.readString(state);
        assertTrue(revoked.contains("\"token\" : null"), "the refusal ended the kept lease");
        Files.writeString(state, beforeRevocation);
        LicenseStatus restored = licensing(NOW).status();
        Files.writeString(state, revoked.replace("\"token\" : null", "\"token\" : \"" + token + "\""));
        LicenseStatus pasted = licensing(NOW).status();
        VerificationException reimported = assertThrows(VerificationException.class,
                () -> licensing(NOW.plus(Duration.ofHours(1))).importLicenseFile(file));

        assertFalse(restored.licensed());
        assertEquals(VerificationFailure.STATE_ROLLED_BACK, restored.failure());
        assertEquals("REVOKED", restored.lastCode(), "still revoked");
        assertEquals(VerificationFailure.STATE_TAMPERED, pasted.failure());
        assertEquals(VerificationFailure.STATE_ROLLED_BACK, reimported.failure());
        assertFalse(licensing(NOW.plus(Duration.ofHours(1))).status().licensed());
    }

    private String leaseFile(Instant leaseEnds) {
        return TestKeys.licenseFile(activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, leaseEnds).build()));
    }

    private Licensing licensing(Instant now) {
        return builder(now).build();
    }

    private Licensing licensing(Instant now, Duration clockTolerance) {
        return builder(now).clockTolerance(clockTolerance).build();
    }

    /** A machine whose heartbeat the service answers with {@code validation}. */
    private Licensing connected(Instant now, String validation) throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/api/v1/validations", exchange -> {
            byte[] body = validation.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        return builder(now).api(ActivationApi.builder(URI.create("http://127.0.0.1:" + service.getAddress().getPort()))
                .retryPolicy(RetryPolicy.none()).build()).build();
    }

    private Licensing.Builder builder(Instant now) {
        return Licensing.builder()
                .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
                .trustedKeys(keys)
                .machine(MACHINE)
                .stateFile(dir.resolve("license.json"))
                .clock(Clock.fixed(now, ZoneOffset.UTC));
    }
}
