package com.licenseforge.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's sessions in production shape: a signed-in person stays signed in across a restart of the console,
 * and two console processes behind one address (no affinity) serve one person alternately; signing out at one
 * ends the session on both.
 */
@ExtendWith(RunningSystem.class)
class ConsoleSessionsTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final URI CONSOLE = URI.create("http://127.0.0.1:" + LocalSystem.CONSOLE_PORT);
    private static final List<Integer> REPLICA_PORTS = List.of(18095, 18096);

    @Test
    void aSignedInPersonStaysSignedInAcrossARestartOfTheConsole() throws Exception {
        StaffAgent sales = new StaffAgent(CONSOLE);
        assertTrue(sales.signIn("sales", SYSTEM.demoPassword("sales")).signedIn());

        SYSTEM.stop("console");
        SYSTEM.up(false);

        StaffAgent.Page home = sales.get("/");
        assertTrue(home.signedIn(), "after the restart: " + home.status() + " " + home.uri());
        assertEquals(CONSOLE.resolve("/"), home.uri(), "no detour through the sign-in");
    }

    @Test
    void twoConsolesBehindOneAddressServeOnePersonAndSignOutAtOneEndsItOnBoth() throws Exception {
        // the replicas run exactly as up runs the console, on ports of their own; the proxy takes the console's
        // address, which is the one registered at the identity provider
        Map<String, String> environment = environmentOf(consolePid());
        List<String> command = commandOf(consolePid());
        SYSTEM.stop("console");
        List<Process> replicas = new ArrayList<>();
        try (RoundRobinProxy proxy = new RoundRobinProxy(LocalSystem.CONSOLE_PORT, REPLICA_PORTS)) {
            for (int port : REPLICA_PORTS) {
                replicas.add(start(command, environment, port));
            }
            StaffAgent support = new StaffAgent(CONSOLE);
            assertTrue(support.signIn("support", SYSTEM.demoPassword("support")).signedIn(),
                    "the sign-in started at one replica completes at the other");

            int[] before = proxy.served();
            StaffAgent.Page page = null;
            for (int i = 0; i < 4; i++) {
                page = support.get("/support");
                assertTrue(page.signedIn(), "request " + i + ": " + page.status() + " " + page.uri());
            }
            int[] after = proxy.served();
            assertArrayEquals(new int[] {before[0] + 2, before[1] + 2}, after, "each replica served two of the four pages");

            StaffAgent.Page signedOut = support.signOut(page);
            assertEquals(200, signedOut.status());
            assertEquals(CONSOLE.resolve("/signed-out"), signedOut.uri(), "back from the provider's end-session endpoint");
            for (int i = 0; i < 2; i++) {
                StaffAgent.Page again = support.get("/support");
                assertFalse(again.signedIn(), "replica " + i + " still knows the session");
                assertTrue(again.body().contains("name=\"request\""), "sent to the sign-in: " + again.uri());
            }
        } finally {
            for (Process replica : replicas) {
                replica.destroy();
                replica.waitFor(30, TimeUnit.SECONDS);
            }
            SYSTEM.up(false);
        }
    }

    private static Process start(List<String> command, Map<String, String> environment, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target/run/logs/console-" + port + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("CONSOLE_PORT", String.valueOf(port));
        // the first start of the run emptied the databases; a replica joins the sessions as they are
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_FLYWAY_CLEAN"));
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertTrue(process.isAlive(), "the console on " + port + " exited");
            try {
                return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return process;
    }

    private static long consolePid() throws IOException {
        return Long.parseLong(Files.readString(Path.of("target/run/console.pid")).strip());
    }

    /** What the running console was started with (Linux: from /proc). */
    private static Map<String, String> environmentOf(long pid) throws IOException {
        Map<String, String> environment = new HashMap<>();
        for (String entry : nulSeparated(Path.of("/proc/" + pid + "/environ"))) {
            int equals = entry.indexOf('=');
            environment.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return environment;
    }

    private static List<String> commandOf(long pid) throws IOException {
        return nulSeparated(Path.of("/proc/" + pid + "/cmdline"));
    }

    private static List<String> nulSeparated(Path file) throws IOException {
        return Arrays.stream(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\0"))
                .filter(entry -> !entry.isEmpty()).toList();
    }
}
