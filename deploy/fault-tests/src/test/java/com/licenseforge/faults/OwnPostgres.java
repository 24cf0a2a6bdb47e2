package com.licenseforge.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A PostgreSQL server of the tests' own (embedded binaries, its own port and data directory), so a restart
 * under load never touches the machine's shared cluster. Trusts local connections, superuser {@code postgres}.
 */
final class OwnPostgres implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres server;

    OwnPostgres(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts on an empty data directory. */
    void startEmpty() {
        Directories.delete(dataDir);
        start();
    }

    /** Stops the server (fast shutdown: open connections are cut), stays down for {@code gap}, starts again. */
    void restart(Duration gap) {
        stop();
        sleep(gap);
        start();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    private void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        } finally {
            server = null;
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
