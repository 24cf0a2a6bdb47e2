package com.licenseforge.system;

import com.licenseforge.common.testing.Infrastructure;
import com.licenseforge.common.testing.Processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as {@code deploy/local/up} starts it, on ports, databases and the tests' own broker so it
 * can run next to a developer's local system. Databases are emptied at start so each run begins from nothing.
 */
final class LocalSystem {

    static final int ISSUER_PORT = 18081;
    static final int ACTIVATION_PORT = 18082;
    static final int BILLING_PORT = 18083;
    static final int NOTIFICATION_PORT = 18084;
    static final int CONSOLE_PORT = 18080;
    static final int PORTAL_PORT = 18090;
    /** The mail server's IMAP port: deploy/local/up's default, since the tests share the local mail server. */
    static final int IMAP_PORT = 3143;
    static final int IDP_PORT = 18088;
    static final String WEBHOOK_SECRET = "system-test-webhook-secret";

    private final Path root;
    private final Path runDir;
    private final Map<String, String> env = new HashMap<>();

    LocalSystem() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("deploy/local"))) {
            dir = dir.getParent();
        }
        root = dir;
        runDir = root.resolve("deploy/system-tests/target/run");
        env.put("LF_RUN_DIR", runDir.toString());
        env.put("LF_DB_SUFFIX", "_e2e");
        env.put("KAFKA_PORT", String.valueOf(Infrastructure.KAFKA_PORT));
        env.put("ISSUER_PORT", String.valueOf(ISSUER_PORT));
        env.put("ACTIVATION_PORT", String.valueOf(ACTIVATION_PORT));
        env.put("BILLING_PORT", String.valueOf(BILLING_PORT));
        env.put("NOTIFICATION_PORT", String.valueOf(NOTIFICATION_PORT));
        env.put("CONSOLE_PORT", String.valueOf(CONSOLE_PORT));
        env.put("PORTAL_PORT", String.valueOf(PORTAL_PORT));
        env.put("IDP_PORT", String.valueOf(IDP_PORT));
        env.put("BILLING_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("BILLING_SCAN_INTERVAL", "PT1S");
        // every test's trials come from 127.0.0.1: the per-address throttle would refuse the run's later ones
        env.put("TRIAL_STARTS_PER_ADDRESS", "1000");
    }

    /** Starts what is not running; the first start of a run empties the databases. */
    void up(boolean cleanDatabases) {
        Map<String, String> extra = cleanDatabases
                ? Map.of("QUARKUS_FLYWAY_CLEAN_DISABLED", "false", "QUARKUS_FLYWAY_CLEAN_AT_START", "true")
                : Map.of();
        run(List.of("deploy/local/up"), extra, 300);
    }

    void down() {
        run(List.of("deploy/local/down"), Map.of(), 60);
    }

    /** Stops one service the way an outage would: its process ends, everything else keeps running. */
    void stop(String service) {
        Path pidFile = runDir.resolve(service + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " is not running"));
            process.destroy();
            process.onExit().get(30, TimeUnit.SECONDS);
            Files.delete(pidFile);
        } catch (Exception e) {
            throw new IllegalStateException("could not stop " + service, e);
        }
    }

    /** Backs up the three databases while the system runs; returns the backup folder. */
    Path backup() {
        String output = run(List.of("deploy/local/backup"), Map.of(), 120);
        String[] lines = output.strip().split("\n");
        return Path.of(lines[lines.length - 1].strip());
    }

    /** Restores {@code backup} into fresh databases and rewinds the consumer groups; the services must be stopped. */
    void restore(Path backup) {
        run(List.of("deploy/local/restore", backup.toString()), Map.of(), 300);
    }

    /** The local identity provider's password of the demo user with this role, as {@code up} printed it. */
    String demoPassword(String role) {
        try {
            return Files.readAllLines(runDir.resolve("secrets/idp-users")).stream().map(line -> line.split(" "))
                    .filter(fields -> fields[1].equals(role)).map(fields -> fields[2]).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo user with role " + role));
        } catch (IOException e) {
            throw new IllegalStateException("the demo users are not written yet", e);
        }
    }

    Path screenshots() {
        return root.resolve("deploy/system-tests/target/screenshots");
    }

    /** Where the screenshots the README shows are kept (committed). */
    Path documentedScreenshots() {
        return root.resolve("docs/screenshots");
    }

    String staffToken(String... roles) {
        List<String> command = new ArrayList<>(List.of("deploy/local/staff-token"));
        command.addAll(List.of(roles));
        return run(command, Map.of(), 30).strip();
    }

    private String run(List<String> command, Map<String, String> extraEnv, int timeoutSeconds) {
        Map<String, String> environment = new HashMap<>(env);
        environment.putAll(extraEnv);
        String output = Processes.run(root, command, environment, Duration.ofSeconds(timeoutSeconds));
        if (!command.get(0).endsWith("staff-token")) {
            System.out.print(output);
        }
        return output;
    }
}
