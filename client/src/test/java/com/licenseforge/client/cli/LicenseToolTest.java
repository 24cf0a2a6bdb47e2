package com.licenseforge.client.cli;

import com.licenseforge.client.TestKeys;
import com.licenseforge.client.machine.MachineFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseToolTest {

    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));

    private final TestKeys issuer = TestKeys.generate("issuer-1");
    private final TestKeys activation = TestKeys.generate("activation-1");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

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
