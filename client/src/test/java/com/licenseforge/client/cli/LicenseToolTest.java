package com.licenseforge.client.cli;

import com.licenseforge.client.TestKeys;
import com.licenseforge.client.machine.MachineFingerprint;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseToolTest {

    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));

    private final TestKeys issuer = TestKeys.generate("issuer-1");
    private final TestKeys activation = TestKeys.generate("activation-1");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<Runnable> stops = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void anAdministratorMakesARequestImportsTheAnswerAndSeesTheLicense() throws IOException {
        Path config = config();

        assertEquals(0, run("", "fingerprint", "--config", config.toString()));
        assertTrue(output().contains("fingerprint: " + MACHINE.fingerprint()));

        Path request = dir.resolve("request.txt");
        assertEquals(0, run(CD_KEY + "\n", "request", "--config", config.toString(), "--serial", TestKeys.SERIAL,
                "--organization", TestKeys.ORGANIZATION_ID.toString(), "--hostname", "erp-airgap", "--out", request.toString()));
        String file = Files.readString(request);
        assertTrue(file.contains("Signature: ") && file.contains("Hostname: erp-airgap") && file.contains("Component-board: X12STH-F"));
        assertFalse(file.contains(CD_KEY), "the key is not in the file");
        assertFalse(output().contains(CD_KEY), "nor in the output");

        assertEquals(1, run("", "status", "--config", config.toString()));
        assertTrue(output().contains("licensed: no (this machine is not activated)"));

        Path answer = Files.writeString(dir.resolve("machine.lic"), TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, Instant.now().plus(Duration.ofDays(30))).build())));
        assertEquals(0, run("", "import", answer.toString(), "--config", config.toString()));
        assertEquals(0, run("", "status", "--config", config.toString()));
        assertTrue(output().contains("licensed: yes"));
        assertTrue(output().contains("(29 days left)"));
        assertTrue(output().contains("modules: {finance=10, hr=3}"));
    }

    @Test
    void anAdministratorPicksTheOrganizationFromTheLicensesAccount() throws IOException {
        Path config = config();
        UUID sister = UUID.fromString("5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21");
        String server = organizationsService("""
                [{"id":"%s","name":"Contoso AG","bound":false},
                 {"id":"%s","name":"Contoso GmbH","taxId":"DE123456789","bound":true}]"""
                .formatted(sister, TestKeys.ORGANIZATION_ID));

        assertEquals(0, run(CD_KEY + "\n", "organizations", "--serial", TestKeys.SERIAL, "--server", server));
        assertEquals("1  " + sister + "  Contoso AG\n2  " + TestKeys.ORGANIZATION_ID
                + "  Contoso GmbH  tax id DE123456789  [bound: the license is activated here]\n", output());
        assertFalse(output().contains(CD_KEY), "the key is not printed");

        for (String organization : List.of("2", "contoso gmbh", TestKeys.ORGANIZATION_ID.toString())) {
            Path request = dir.resolve("request.txt");
            assertEquals(0, run(CD_KEY + "\n", "request", "--config", config.toString(), "--server", server,
                    "--serial", TestKeys.SERIAL, "--organization", organization, "--out", request.toString()));
            assertTrue(Files.readString(request).contains("Organization: " + TestKeys.ORGANIZATION_ID), organization);
        }
        assertEquals(1, run(CD_KEY + "\n", "request", "--config", config.toString(), "--server", server,
                "--serial", TestKeys.SERIAL, "--organization", "3"));
        assertTrue(output().contains("failed: there is no organization number 3"));
        assertEquals(2, run(CD_KEY + "\n", "request", "--config", config.toString(),
                "--serial", TestKeys.SERIAL, "--organization", "Contoso GmbH"));
        assertTrue(output().contains("--organization is an id, or with --server a number or name"));
    }

    @Test
    void verifySaysWhetherALicenseFileIsGenuine() throws IOException {
        Path config = config();
        String token = issuer.sign("license+jwt", TestKeys.licenseClaims(Instant.parse("2031-01-01T00:00:00Z")).build());
        Path genuine = Files.writeString(dir.resolve("license.lic"), TestKeys.licenseFile(token));
        Path forged = Files.writeString(dir.resolve("forged.lic"), TestKeys.licenseFile(
                TestKeys.generate("issuer-1").sign("license+jwt", TestKeys.licenseClaims(null).build())));

        assertEquals(0, run("", "verify", genuine.toString(), "--config", config.toString()));
        assertTrue(output().contains("valid license+jwt signed by key issuer-1"));
        assertTrue(output().contains("expires: 2031-01-01T00:00:00Z"));
        assertEquals(1, run("", "verify", forged.toString(), "--config", config.toString()));
        assertTrue(output().contains("failed: BAD_SIGNATURE"));
    }

    @Test
    void aMistakeInTheCommandLineShowsTheUsage() throws IOException {
        assertEquals(2, run("", "export"));
        assertTrue(output().contains("unknown command export"));
        assertEquals(2, run("", "verify", "--config", config().toString()));
        assertTrue(output().contains("the license file is required"));
    }

    @Test
    void anAdministratorChecksOutBorrowsAndChecksInAFloatingLicense() throws IOException {
        Path config = config();
        List<String> calls = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            calls.add(call);
            if (call.startsWith("DELETE ")) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            Instant now = Instant.now();
            Instant until = call.endsWith("/borrowings") ? Instant.parse("2030-01-10T00:00:00Z") : null;
            Instant expires = until != null ? until : now.plus(Duration.ofHours(24));
            var claims = TestKeys.activationClaims(MACHINE, expires).claim("model", "FLOATING").claim("hbi", 600);
            if (until != null) {
                claims.claim("borrow", until.getEpochSecond());
            }
            byte[] body = ("{\"activationId\":\"" + TestKeys.ACTIVATION_ID + "\",\"token\":\""
                    + activation.sign("activation+jwt", claims.build()) + "\",\"expiresAt\":\"" + expires
                    + "\",\"leaseExpiresAt\":\"" + (until != null ? until : now.plus(Duration.ofMinutes(10))) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(call.equals("POST /api/v1/activations") ? 201 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        stops.add(() -> server.stop(0));
        String uri = "http://127.0.0.1:" + server.getAddress().getPort();

        assertEquals(0, run(CD_KEY + "\n", "checkout", "--config", config.toString(), "--server", uri,
                "--serial", TestKeys.SERIAL, "--organization", TestKeys.ORGANIZATION_ID.toString()));
        assertTrue(output().contains("floating: heartbeat every PT10M"), output());
        assertEquals(0, run("", "borrow", "--config", config.toString(), "--server", uri,
                "--until", "2030-01-10T00:00:00Z"));
        assertTrue(output().contains("lease ends: 2030-01-10T00:00:00Z"), output());
        assertTrue(output().contains("borrowed until 2030-01-10T00:00:00Z"), output());
        assertEquals(0, run(CD_KEY + "\n", "checkin", "--config", config.toString(), "--server", uri));
        assertEquals(List.of("POST /api/v1/activations",
                "POST /api/v1/activations/" + TestKeys.ACTIVATION_ID + "/borrowings",
                "DELETE /api/v1/activations/" + TestKeys.ACTIVATION_ID), calls);
        assertEquals(1, run("", "status", "--config", config.toString()));
        assertEquals(2, run("", "borrow", "--config", config.toString(), "--server", uri, "--until", "soon"));
        assertTrue(output().contains("until must be an instant"));
    }

    /** The activation service's organizations answer, on the loopback interface until the test ends. */
    private String organizationsService(String answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/activations/organizations", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        stops.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServices() {
        stops.forEach(Runnable::run);
    }

    private Path config() throws IOException {
        Path issuerKeys = Files.writeString(dir.resolve("issuer-jwks.json"), issuer.jwks());
        Path activationKeys = Files.writeString(dir.resolve("activation-jwks.json"), activation.jwks());
        List<String> lines = new ArrayList<>(List.of("product=erp", "version=2.0.0", "released-at=2026-03-01T00:00:00Z",
                "license-keys=" + issuerKeys, "activation-keys=" + activationKeys, "state=" + dir.resolve("state.json")));
        MACHINE.components().forEach((name, value) -> lines.add("component." + name + "=" + value));
        return Files.write(dir.resolve("licenseforge.properties"), lines);
    }

    private int run(String input, String... args) {
        printed.reset();
        return new LicenseTool(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader(input))).run(List.of(args));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
