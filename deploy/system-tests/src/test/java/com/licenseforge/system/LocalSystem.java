package com.licenseforge.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as {@code deploy/local/up} starts it, on ports and databases of its own so it can run next
 * to a developer's local system. Databases are emptied at start so each run begins from nothing.
 */
final class LocalSystem {

    static final int ISSUER_PORT = 18081;
    static final int ACTIVATION_PORT = 18082;
    static final int BILLING_PORT = 18083;
    static final String WEBHOOK_SECRET = "system-test-webhook-secret";

    private final Path root;
    private final Map<String, String> env = new HashMap<>();

    LocalSystem() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("deploy/local"))) {
            dir = dir.getParent();
        }
        root = dir;
        env.put("LF_RUN_DIR", root.resolve("deploy/system-tests/target/run").toString());
        env.put("LF_DB_SUFFIX", "_e2e");
        env.put("ISSUER_PORT", String.valueOf(ISSUER_PORT));
        env.put("ACTIVATION_PORT", String.valueOf(ACTIVATION_PORT));
        env.put("BILLING_PORT", String.valueOf(BILLING_PORT));
        env.put("BILLING_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("BILLING_SCAN_INTERVAL", "PT1S");
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
    }

    void up() {
        run(List.of("deploy/local/up"), 300);
    }

    void down() {
        run(List.of("deploy/local/down"), 60);
    }

    String staffToken(String... roles) {
        List<String> command = new ArrayList<>(List.of("deploy/local/staff-token"));
        command.addAll(List.of(roles));
        return run(command, 30).strip();
    }

    private String run(List<String> command, int timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed:\n" + output);
            }
            if (!command.get(0).endsWith("staff-token")) {
                System.out.print(output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
