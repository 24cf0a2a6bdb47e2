package com.licenseforge.system;

import com.licenseforge.common.testing.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The README's walk-through and runbook on TypeScript clients generated from the services' published OpenAPI
 * documents (this module's pom writes them to {@code target/typescript/clients}): {@code src/test/typescript}
 * is compiled with TypeScript from the npm registry and run with Node.js against the running system. Needs
 * {@code node} and {@code npm} (Debian's {@code nodejs} and {@code npm}; {@code .ci/run} installs them).
 */
final class TypeScriptWalkThrough {

    private static final Path SOURCES = Path.of("src/test/typescript").toAbsolutePath();
    private static final Path WORK = Path.of("target/typescript").toAbsolutePath();
    private static final List<String> FILES = List.of("walkthrough.ts", "tsconfig.json", "package.json",
            "package-lock.json");

    private TypeScriptWalkThrough() {
    }

    /** What the walk-through printed; throws with that output when a step failed. */
    static String run(LocalSystem system) {
        prepare();
        if (!Files.isDirectory(WORK.resolve("node_modules"))) {
            Processes.run(WORK, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), Duration.ofMinutes(3));
        }
        Processes.run(WORK, List.of("node", "node_modules/typescript/bin/tsc", "-p", "."), Map.of(),
                Duration.ofMinutes(2));
        return Processes.run(WORK, List.of("node", "build/walkthrough.js"), Map.of(
                "ISSUER_URL", "http://127.0.0.1:" + LocalSystem.ISSUER_PORT,
                "ACTIVATION_URL", "http://127.0.0.1:" + LocalSystem.ACTIVATION_PORT,
                "BILLING_URL", "http://127.0.0.1:" + LocalSystem.BILLING_PORT,
                "SALES_TOKEN", system.staffToken("sales"),
                "SUPPORT_TOKEN", system.staffToken("support"),
                "WEBHOOK_SECRET", LocalSystem.WEBHOOK_SECRET), Duration.ofMinutes(2));
    }

    private static void prepare() {
        try {
            if (!Files.isDirectory(WORK.resolve("clients"))) {
                throw new IllegalStateException("no generated TypeScript clients in " + WORK + ": run the build");
            }
            for (String file : FILES) {
                Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
