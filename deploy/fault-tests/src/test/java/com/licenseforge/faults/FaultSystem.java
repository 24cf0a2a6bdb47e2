package com.licenseforge.faults;

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
 * The whole system twice over, as {@code deploy/local/up} starts it: replicas A and B of every service on
 * their own ports, sharing secrets, one Kafka broker and one PostgreSQL server, both of the tests' own, so
 * that stopping them never disturbs a developer's system or other tests. The tests stop and restart the
 * broker, the database and single service processes underneath the running system.
 */
final class FaultSystem implements AutoCloseable {

    static final int KAFKA_PORT = 28092;
    static final int POSTGRES_PORT = 28432;
    static final int SMTP_PORT = 28025;
    static final int IMAP_PORT = 28143;
    /** Where the services send mail: a relay in front of the mail server that tests may slow down. */
    static final int SMTP_RELAY_PORT = 28026;
    /** SMTP connections each notification replica sends over at once: the mails it holds at any moment. */
    static final int MAIL_CONNECTIONS = 4;
    static final String DB_SUFFIX = "_faults";
    static final String WEBHOOK_SECRET = "fault-test-webhook-secret";
    static final Replica A = new Replica("a", 28081, 28082, 28083, 28084);
    static final Replica B = new Replica("b", 28181, 28182, 28183, 28184);

    private final Path root;
    private final Path target;
    private final OwnPostgres postgres;
    private final SlowRelay smtpRelay = new SlowRelay(SMTP_RELAY_PORT, SMTP_PORT);
    private final Map<String, String> env = new HashMap<>();

    FaultSystem() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("deploy/local"))) {
            dir = dir.getParent();
        }
        root = dir;
        target = root.resolve("deploy/fault-tests/target");
        postgres = new OwnPostgres(POSTGRES_PORT, target.resolve("postgres"));
        env.put("LF_DB_SUFFIX", DB_SUFFIX);
        env.put("LF_PG_PORT", String.valueOf(POSTGRES_PORT));
        env.put("LF_SECRETS_DIR", target.resolve("secrets").toString());
        env.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("KAFKA_RUN_DIR", target.resolve("kafka").toString());
        env.put("BILLING_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("BILLING_SCAN_INTERVAL", "PT1S");
        env.put("LICENSEFORGE_OUTBOX_POLL_INTERVAL", "200ms");
        // every customer retry before a license reached activation-service counts as a wrong CD key, all from
        // 127.0.0.1: the throttle (tested with activation-service) would lock the serials and the address
        env.put("CREDENTIAL_FAILURES_PER_SERIAL", "100000");
        env.put("CREDENTIAL_FAILURES_PER_ADDRESS", "100000");
        // a mail server of the tests' own (GreenMail, started by deploy/local/up), reached through the relay
        env.put("MAIL_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("MAIL_IMAP_PORT", String.valueOf(IMAP_PORT));
        env.put("MAIL_API_PORT", "28125");
        env.put("MAIL_RELAY_PORT", String.valueOf(SMTP_RELAY_PORT));
        env.put("MAIL_SEND_INTERVAL", "1s");
        env.put("MAIL_CONNECTIONS", String.valueOf(MAIL_CONNECTIONS));
        // floating leases (PT1M at least) are culled 2 s after they end, both replicas looking every 2 s
        env.put("FLOATING_GRACE", "PT2S");
        env.put("FLOATING_CULL_EVERY", "2s");
    }

    /** Starts from nothing: an empty database server, an empty broker, then replica A and replica B. */
    void start() {
        down(B);
        down(A);
        broker("stop");
        Directories.delete(target.resolve("kafka"));
        postgres.startEmpty();
        smtpRelay.start();
        broker("start");
        up(A);
        up(B);
    }

    /** Starts whatever of the replica's services is not running (after a kill, say). */
    void up(Replica replica) {
        run(List.of("deploy/local/up"), replica.env(target), 300);
    }

    /** Ends a service process at once, as the kernel would: SIGKILL, no shutdown hooks, no graceful close. */
    void kill(Replica replica, String service) {
        try {
            long pid = Long.parseLong(Files.readString(replica.runDir(target).resolve(service + ".pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not kill " + service + " of replica " + replica.name(), e);
        }
    }

    /** The process id of a running service, to prove it survived a fault without a restart. */
    long pid(Replica replica, String service) {
        try {
            return Long.parseLong(Files.readString(replica.runDir(target).resolve(service + ".pid")).strip());
        } catch (IOException e) {
            throw new IllegalStateException(service + " of replica " + replica.name() + " has no pid file", e);
        }
    }

    SlowRelay smtpRelay() {
        return smtpRelay;
    }

    void stopBroker() {
        broker("stop");
    }

    void startBroker() {
        broker("start");
    }

    void restartPostgres(Duration gap) {
        postgres.restart(gap);
    }

    String staffToken(String... roles) {
        List<String> command = new ArrayList<>(List.of("deploy/local/staff-token"));
        command.addAll(List.of(roles));
        return run(command, A.env(target), 30).strip();
    }

    String jdbcUrl(String service) {
        return "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + service + DB_SUFFIX;
    }

    Path logOf(Replica replica, String service) {
        return replica.runDir(target).resolve("logs").resolve(service + ".log");
    }

    @Override
    public void close() {
        try {
            down(B);
            down(A);
            broker("stop");
        } finally {
            smtpRelay.close();
            postgres.close();
        }
    }

    private void down(Replica replica) {
        if (Files.isDirectory(replica.runDir(target))) {
            run(List.of("deploy/local/down"), replica.env(target), 120);
        }
    }

    private void broker(String action) {
        run(List.of("bash", "deploy/local/lib/kafka.sh", action), Map.of(), 120);
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

    /** One replica of each service: its ports and its run directory (pid files and logs). */
    record Replica(String name, int issuerPort, int activationPort, int billingPort, int notificationPort) {

        Path runDir(Path target) {
            return target.resolve("run-" + name);
        }

        Map<String, String> env(Path target) {
            // eight service JVMs start on two cores: the C1 compiler alone starts them far sooner (the broker
            // keeps its own collector, so this stays out of the environment kafka.sh is run with)
            return Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                    "LF_RUN_DIR", runDir(target).toString(),
                    "ISSUER_PORT", String.valueOf(issuerPort),
                    "ACTIVATION_PORT", String.valueOf(activationPort),
                    "BILLING_PORT", String.valueOf(billingPort),
                    "NOTIFICATION_PORT", String.valueOf(notificationPort),
                    "LF_CONSOLE", "false",
                    // the faults are the services'; two replica sets would both ask for the portal's one port
                    "LF_PORTAL", "false");
        }
    }
}
