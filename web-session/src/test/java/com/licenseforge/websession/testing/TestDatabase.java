package com.licenseforge.websession.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A web application's tests run on the real PostgreSQL, in a database of their own, made ready by the script the
 * local run uses (it starts an embedded server when none answers on 5432). Each application names its database in a
 * subclass it declares as its tests' resource.
 */
public abstract class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private final String name;

    protected TestDatabase(String name) {
        this.name = name;
    }

    @Override
    public Map<String, String> start() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("deploy/local/lib"))) {
            root = root.getParent();
        }
        try {
            Process script = new ProcessBuilder("bash", root.resolve("deploy/local/lib/postgres.sh").toString(), "ensure-db", name)
                    .redirectErrorStream(true).start();
            String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!script.waitFor(180, TimeUnit.SECONDS) || script.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL is not ready: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not ready", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while PostgreSQL was made ready", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + name,
                "quarkus.datasource.username", name, "quarkus.datasource.password", name);
    }

    @Override
    public void stop() {
        // the database stays for the next run, emptied by Flyway's clean at start
    }
}
