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
 * A small JSON object in a file with its {@link StateSeal} in the field {@code seal}, replaced atomically so a
 * crash never leaves half a file.
 */
final class SealedJson {

    private static final int MAX_CHARS = 64 * 1024;
    private static final String SEAL = "seal";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SealedJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * The object in {@code path}, seal not checked; empty when there is no file.
     *
     * @throws IllegalArgumentException when it is too large or not a JSON object
     */
    static Optional<ObjectNode> read(Path path) {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_CHARS
                    || !(JSON.readTree(path.toFile()) instanceof ObjectNode node)) {
                throw new IllegalArgumentException(path + " is not a license state");
            }
            return Optional.of(node);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether {@code node} carries the seal of its other fields. */
    static boolean sealed(ObjectNode node, StateSeal seal) {
        ObjectNode fields = node.deepCopy();
        JsonNode given = fields.remove(SEAL);
        return given != null && given.isTextual() && seal.verifies(fields.toString(), given.asText());
    }

    /** Seals {@code node} and replaces {@code path} with it. */
    static void write(Path path, ObjectNode node, StateSeal seal) {
        node.remove(SEAL);
        node.put(SEAL, seal.over(node.toString()));
        try {
            Path dir = path.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), node);
                move(temp, path);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the license state to " + path, e);
        }
    }

    private static void move(Path temp, Path path) throws IOException {
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static UUID uuid(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : UUID.fromString(text);
    }

    /** @throws DateTimeParseException when the field is not an instant */
    static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Instant.parse(text);
    }
}
