package com.licenseforge.billing.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.licenseforge.common.json.StorableInstant;
import com.licenseforge.common.json.StrictJson;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
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

    /** Event ids and types are short identifiers; anything longer or with control characters is not one. */
    static final int MAX_TEXT = 255;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final ObjectMapper mapper;
    /** The provider adds members to its events without notice: what this service does not know is skipped. */
    private final ObjectReader events;

    public ProviderEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.events = StrictJson.tolerant(mapper);
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
        requireStorable(event);
        return event;
    }

    /**
     * Instants within what every service stores, references short identifiers and amounts ordinary sums of
     * money, so every value fits where it is kept, here and in the services that read the events it causes.
     */
    private static void requireStorable(ProviderEvent event) {
        List<String> outOfRange = new ArrayList<>();
        ProviderEvent.Data data = event.data();
        if (!StorableInstant.isStorable(event.createdAt())) {
            outOfRange.add("createdAt");
        }
        if (!StorableInstant.isStorable(data.dueAt())) {
            outOfRange.add("data.dueAt");
        }
        if (!StorableInstant.isStorable(data.periodEnd())) {
            outOfRange.add("data.periodEnd");
        }
        if (!outOfRange.isEmpty()) {
            throw refusal(outOfRange, StorableInstant.RANGE);
        }
        List<String> bad = new ArrayList<>();
        if (!isIdentifier(data.billingRef())) {
            bad.add("data.billingRef");
        }
        if (!isIdentifier(data.invoiceId())) {
            bad.add("data.invoiceId");
        }
        if (!bad.isEmpty()) {
            throw refusal(bad, "must be at most " + MAX_TEXT + " printable characters");
        }
        BigDecimal amount = data.amountDue();
        if (amount != null && (amount.scale() > 4 || amount.abs().compareTo(MAX_AMOUNT) >= 0)) {
            throw refusal(List.of("data.amountDue"), "must be below " + MAX_AMOUNT.toPlainString()
                    + " with at most 4 decimals");
        }
    }

    private static boolean isIdentifier(String value) {
        return value == null || value.length() <= MAX_TEXT && value.chars().noneMatch(Character::isISOControl);
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
            return events.treeToValue(tree, ProviderEvent.class);
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
        String text = value.asText();
        if (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)) {
            throw refusal(List.of(field), "must be at most " + MAX_TEXT + " printable characters");
        }
        return text;
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
