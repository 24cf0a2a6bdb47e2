package com.licenseforge.common.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real PostgreSQL and Kafka the tests run against, made ready through the same scripts as the local run
 * ({@code deploy/local/lib}). Tests have a broker of their own (port {@value #KAFKA_PORT_DEFAULT}, or
 * {@code LF_TEST_KAFKA_PORT}), so they never share topics or consumer groups with a local system on 9092.
 * A test broker already listening is used as it is; one this JVM started is stopped when the JVM exits. The same
 * holds for PostgreSQL: the server on 5432 when one answers, else an embedded one from Maven Central.
 */
public final class Infrastructure {

    public static final int KAFKA_PORT_DEFAULT = 19092;
    public static final int KAFKA_PORT = Integer.parseInt(
            System.getenv().getOrDefault("LF_TEST_KAFKA_PORT", String.valueOf(KAFKA_PORT_DEFAULT)));
    public static final String KAFKA = "127.0.0.1:" + KAFKA_PORT;
    public static final String POSTGRES_HOST = "127.0.0.1:5432";

    private static boolean kafkaEnsured;
    private static boolean postgresEnsured;

    private Infrastructure() {
    }

    /** Starts PostgreSQL if it is down and creates role and database {@code name} (password = name). */
    public static synchronized void ensureDatabase(String name) {
        if (!postgresEnsured && run("postgres.sh", "ensure").contains("started,")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run("postgres.sh", "stop")));
        }
        postgresEnsured = true;
        run("postgres.sh", "ensure-db", name);
    }

    public static synchronized void ensureKafka() {
        if (kafkaEnsured) {
            return;
        }
        if (!listening(KAFKA_PORT)) {
            run("kafka.sh", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run("kafka.sh", "stop")));
        }
        kafkaEnsured = true;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + POSTGRES_HOST + "/" + database;
    }

    /** The repository root: the nearest directory above the working directory that holds deploy/local. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/local/lib"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests must run inside the repository (deploy/local/lib not found)");
        }
        return dir;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a script of deploy/local/lib and answers what it printed (also shown on the console). */
    private static String run(String script, String... args) {
        Path path = repositoryRoot().resolve("deploy/local/lib").resolve(script);
        List<String> command = new ArrayList<>(List.of("bash", path.toString()));
        command.addAll(List.of(args));
        String output = Processes.run(repositoryRoot(), command, Map.of("KAFKA_PORT", String.valueOf(KAFKA_PORT)),
                Duration.ofSeconds(180));
        System.out.print(output);
        return output;
    }
}
