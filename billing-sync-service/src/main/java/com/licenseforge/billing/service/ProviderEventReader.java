package com.licenseforge.billing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a webhook body into a {@link ProviderEvent}, or refuses it with {@code VALIDATION_FAILED} naming every
 * missing field, before anything is stored. A type this service does not know needs only {@code id} and
 * {@code type}; its data is not looked at.
 */
@ApplicationScoped
public class ProviderEventReader {

    private final ObjectMapper mapper;

    public ProviderEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ProviderEvent read(byte[] body) {
        JsonNode tree = tree(body);
        List<String> missing = new ArrayList<>();
        String id = text(tree, "id", missing);
        String type = text(tree, "type", missing);
        Optional<ProviderEventType> kind = ProviderEventType.of(type);
        if (kind.isEmpty()) {
            refuseIfMissing(missing);
            return new ProviderEvent(id, type, null, null);
        }
        ProviderEvent event = typed(tree);
        if (event.createdAt() == null) {
            missing.add("createdAt");
        }
        ProviderEvent.Data data = event.data();
        if (data == null) {
            missing.add("data");
        } else {
            if (data.licenseId() == null && isBlank(data.billingRef())) {
                missing.add("data.licenseId or data.billingRef");
            }
            JsonNode dataTree = tree.path("data");
            kind.get().requiredData().stream()
                    .filter(field -> dataTree.path(field).isMissingNode() || dataTree.path(field).isNull()
                            || dataTree.path(field).asText().isBlank())
                    .forEach(field -> missing.add("data." + field));
        }
        refuseIfMissing(missing);
        return event;
    }

    private JsonNode tree(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw refusal(List.of("body"), "must be a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw refusal(List.of("body"), "is not well-formed JSON");
        }
    }

    /** A value of the wrong type or format is refused under its JSON path, e.g. {@code data.dueAt}. */
    private ProviderEvent typed(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, ProviderEvent.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw refusal(List.of(path.isEmpty() ? "body" : path), "has the wrong type or format");
        } catch (JsonProcessingException e) {
            throw refusal(List.of("body"), "is not well-formed JSON");
        }
    }

    private static String text(JsonNode tree, String field, List<String> missing) {
        JsonNode value = tree.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            missing.add(field);
            return null;
        }
        return value.asText();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void refuseIfMissing(List<String> missing) {
        if (!missing.isEmpty()) {
            throw refusal(missing, "is required");
        }
    }

    private static ProblemException refusal(List<String> fields, String message) {
        List<Map<String, String>> errors = fields.stream()
                .map(field -> Map.of("field", field, "message", message))
                .toList();
        return new ProblemException(400, ErrorCodes.VALIDATION_FAILED, String.join(", ", fields) + " " + message)
                .with("errors", errors);
    }
}
