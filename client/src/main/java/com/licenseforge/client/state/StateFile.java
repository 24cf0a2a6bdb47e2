package com.licenseforge.client.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link LicenseState} in a JSON file, replaced atomically so a crash never leaves half a file. It holds
 * no secret. A file that cannot be read counts as no state (the program then needs the service or a license
 * file). Thread-safe within one process.
 */
public final class StateFile {

    private static final int MAX_CHARS = 64 * 1024;

    private final Path path;
    private final ObjectMapper json = new ObjectMapper();

    /** The state kept in {@code path} (its directory is created on the first save). */
    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** Where the state is kept. */
    public Path path() {
        return path;
    }

    /** The saved state; empty when there is none or it is unreadable. */
    public synchronized Optional<LicenseState> load() {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_CHARS) {
                return Optional.empty();
            }
            JsonNode node = json.readTree(path.toFile());
            return Optional.of(new LicenseState(text(node, "serial"), uuid(node, "organizationId"),
                    uuid(node, "activationId"), text(node, "token"), instant(node, "lastCheckedAt"),
                    text(node, "lastCode"), instant(node, "graceEndsAt")));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Replaces the kept state. */
    public synchronized void save(LicenseState state) {
        ObjectNode node = json.createObjectNode()
                .put("serial", state.serial())
                .put("organizationId", string(state.organizationId()))
                .put("activationId", string(state.activationId()))
                .put("token", state.token())
                .put("lastCheckedAt", string(state.lastCheckedAt()))
                .put("lastCode", state.lastCode())
                .put("graceEndsAt", string(state.graceEndsAt()));
        try {
            Path dir = path.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try {
                json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), node);
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the license state to " + path, e);
        }
    }

    /** Forgets the state (after a deactivation). */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : UUID.fromString(text);
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Instant.parse(text);
    }
}
