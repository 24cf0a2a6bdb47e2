package com.licenseforge.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Malformed requests generated from a running service's OpenAPI document ({@code /q/openapi}): for every
 * operation, every path and query parameter and every body field, values of the wrong type, missing, null,
 * blank, oversize, holding NUL, dates and numbers at the extremes, keys sent twice, maps with NUL keys, bodies
 * that are no JSON and bodies of another content type. Every answer must be below 500, and every refusal
 * application/problem+json. The caller holds every staff role, so bodies reach the code that reads them.
 */
public final class MalformedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String OVERSIZE = "x".repeat(100_000);
    private static final List<String> BAD_PARAMETERS = List.of("abc", "-1", "2147483647", "9223372036854775808",
            "\u0000", " ", "x".repeat(3_000), "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2026-13-45T99:99:99Z", "' or 1=1 --");

    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** HTTP/1.1: a cleartext HTTP/2 upgrade answered with a large document is misread by the JDK client. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private BiFunction<String, byte[], Map<String, String>> signer = (path, body) -> Map.of();
    private int sent;

    private MalformedRequests(URI base) {
        this.base = base;
    }

    /** A run against the service at {@code base}, as a caller holding every staff role. */
    public static MalformedRequests against(URI base) {
        return new MalformedRequests(base).header("Authorization",
                StaffTokens.bearer("malformed.requests", "sales", "support", "billing", "admin"));
    }

    public MalformedRequests header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Extra headers computed from the path and the exact body bytes (a webhook signature). */
    public MalformedRequests signedBy(BiFunction<String, byte[], Map<String, String>> signer) {
        this.signer = signer;
        return this;
    }

    /** Sends the whole corpus; returns what broke the rules, one line each (empty when none did). */
    public List<String> run() {
        JsonNode document = get("/q/openapi?format=json");
        JsonNode paths = document.path("paths");
        if (paths.size() == 0) {
            failures.add("the OpenAPI document lists no paths");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    new Operation(document, path.getKey(), operation.getKey().toUpperCase(), operation.getValue()).probe();
                }
            }
        }
        return failures;
    }

    public int sent() {
        return sent;
    }

    /** One operation of the document and the requests made from it. */
    private final class Operation {

        private final JsonNode document;
        private final String template;
        private final String method;
        private final JsonNode spec;
        private final List<JsonNode> parameters = new ArrayList<>();

        Operation(JsonNode document, String template, String method, JsonNode spec) {
            this.document = document;
            this.template = template;
            this.method = method;
            this.spec = spec;
            spec.path("parameters").forEach(p -> parameters.add(resolve(p)));
        }

        void probe() {
            JsonNode bodySchema = bodySchema();
            String mediaType = mediaType();
            byte[] valid = bodySchema == null ? null : bytes(example(bodySchema, 0));
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                if (!in.equals("path") && !in.equals("query")) {
                    continue;
                }
                for (String bad : BAD_PARAMETERS) {
                    send(parameter.path("name").asText() + "=" + printable(bad),
                            uri(parameter.path("name").asText(), bad), mediaType, valid);
                }
            }
            if (bodySchema == null) {
                if (mediaType != null) {
                    for (String text : List.of("", "\u0000", "hello", "x".repeat(200_000),
                            "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n".repeat(4_000))) {
                        send("text body " + printable(text), uri(null, null), mediaType, text.getBytes(StandardCharsets.UTF_8));
                    }
                }
                return;
            }
            URI uri = uri(null, null);
            for (String raw : List.of("", "{", "[]", "null", "\"text\"", "{\"a\":1,\"a\":2}", "[".repeat(5_000),
                    "{\"x\":" + "9".repeat(5_000) + "}")) {
                send("body " + printable(raw), uri, "application/json", raw.getBytes(StandardCharsets.UTF_8));
            }
            for (String contentType : new String[]{"text/plain", "application/x-www-form-urlencoded", null}) {
                send("content type " + contentType, uri, contentType, valid);
            }
            ObjectNode example = example(bodySchema, 0) instanceof ObjectNode object ? object : null;
            if (example == null) {
                return;
            }
            JsonNode schema = resolve(bodySchema);
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                mutate(uri, example, field.getKey(), resolve(field.getValue()), field.getKey());
                if (example.get(field.getKey()) instanceof ArrayNode array && !array.isEmpty()) {
                    for (Map.Entry<String, JsonNode> bad : badValues().entrySet()) {
                        ObjectNode body = example.deepCopy();
                        ((ArrayNode) body.get(field.getKey())).set(0, bad.getValue());
                        send(field.getKey() + "[0] " + bad.getKey(), uri, "application/json", bytes(body));
                    }
                }
                if (example.get(field.getKey()) instanceof ObjectNode nested) {
                    JsonNode nestedSchema = resolve(field.getValue());
                    for (Iterator<Map.Entry<String, JsonNode>> inner = nestedSchema.path("properties").fields(); inner.hasNext(); ) {
                        Map.Entry<String, JsonNode> child = inner.next();
                        ObjectNode copy = example.deepCopy();
                        mutateNested(uri, copy, (ObjectNode) copy.get(field.getKey()), child.getKey(),
                                field.getKey() + "." + child.getKey());
                    }
                }
            }
        }

        private void mutate(URI uri, ObjectNode example, String field, JsonNode fieldSchema, String name) {
            for (Map.Entry<String, JsonNode> bad : badValues().entrySet()) {
                ObjectNode body = example.deepCopy();
                body.set(field, bad.getValue());
                send(name + " " + bad.getKey(), uri, "application/json", bytes(body));
            }
            ObjectNode without = example.deepCopy();
            without.remove(field);
            send(name + " missing", uri, "application/json", bytes(without));
            String duplicate = text(example).replaceFirst("}$", ",\"" + field + "\":"
                    + text(example.has(field) ? example.get(field) : NODES.textNode("x")) + "}");
            send(name + " twice", uri, "application/json", duplicate.getBytes(StandardCharsets.UTF_8));
            if (fieldSchema.has("additionalProperties")) {
                ObjectNode body = example.deepCopy();
                ObjectNode map = body.putObject(field);
                map.set("\u0000", example(fieldSchema.path("additionalProperties"), 1));
                send(name + " with a NUL key", uri, "application/json", bytes(body));
            }
        }

        private void mutateNested(URI uri, ObjectNode body, ObjectNode parent, String field, String name) {
            for (Map.Entry<String, JsonNode> bad : badValues().entrySet()) {
                parent.set(field, bad.getValue());
                send(name + " " + bad.getKey(), uri, "application/json", bytes(body));
            }
        }

        private Map<String, JsonNode> badValues() {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("null", NODES.nullNode());
            values.put("true", NODES.booleanNode(true));
            values.put("1.5", NODES.numberNode(1.5));
            values.put("long max", NODES.numberNode(Long.MAX_VALUE));
            values.put("beyond long", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            values.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
            values.put("empty", NODES.textNode(""));
            values.put("blank", NODES.textNode(" "));
            values.put("NUL", NODES.textNode("\u0000"));
            values.put("control characters", NODES.textNode("a\u0007b\u001bc"));
            values.put("oversize", NODES.textNode(OVERSIZE));
            values.put("far future", NODES.textNode("+999999999-12-31T23:59:59Z"));
            values.put("far past", NODES.textNode("-999999999-01-01T00:00:00Z"));
            values.put("object", NODES.objectNode());
            values.put("array", NODES.arrayNode().add(NODES.nullNode()));
            return values;
        }

        private JsonNode bodySchema() {
            JsonNode content = spec.path("requestBody").path("content");
            JsonNode json = content.path("application/json").path("schema");
            return json.isMissingNode() ? null : json;
        }

        private String mediaType() {
            Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : null;
        }

        /** The operation's URI with plausible parameters, {@code badName} set to {@code badValue}. */
        private URI uri(String badName, String badValue) {
            String path = template;
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                String value = name.equals(badName) ? badValue : plausible(resolve(parameter.path("schema")));
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                if (parameter.path("in").asText().equals("path")) {
                    path = path.replace("{" + name + "}", encoded);
                } else if (parameter.path("in").asText().equals("query") && name.equals(badName)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encoded);
                }
            }
            return base.resolve(path.replaceAll("\\{[^}]+}", "x") + query);
        }

        private String plausible(JsonNode schema) {
            if ("uuid".equals(schema.path("format").asText())) {
                return UUID.randomUUID().toString();
            }
            return schema.path("type").asText().equals("integer") ? "1" : "AAAAAAAAAAAAAAAA";
        }

        /** A value of the schema's shape; depth-limited, since schemas may refer to themselves. */
        private JsonNode example(JsonNode schemaOrRef, int depth) {
            JsonNode schema = resolve(schemaOrRef);
            if (depth > 4) {
                return NODES.nullNode();
            }
            if (schema.has("enum") && schema.path("enum").size() > 0) {
                return schema.path("enum").get(0);
            }
            if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
                JsonNode first = schema.has("allOf") ? schema.path("allOf").get(0)
                        : schema.has("oneOf") ? schema.path("oneOf").get(0) : schema.path("anyOf").get(0);
                return example(first, depth + 1);
            }
            String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
            String format = schema.path("format").asText();
            return switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), example(p.getValue(), depth + 1)));
                    if (schema.has("additionalProperties") && schema.path("additionalProperties").isObject()) {
                        object.set("finance", example(schema.path("additionalProperties"), depth + 1));
                    }
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    array.add(example(schema.path("items"), depth + 1));
                    yield array;
                }
                case "integer", "number" -> NODES.numberNode(1);
                case "boolean" -> NODES.booleanNode(true);
                default -> switch (format) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date-time" -> NODES.textNode("2030-01-01T00:00:00Z");
                    case "date" -> NODES.textNode("2030-01-01");
                    default -> NODES.textNode("sample-" + depth);
                };
            };
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
                String ref = current.path("$ref").asText();
                current = document.at(ref.substring(1));
            }
            return current;
        }

        private void send(String what, URI uri, String contentType, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            byte[] payload = body == null ? new byte[0] : body;
            signer.apply(uri.getRawPath(), payload).forEach(request::header);
            if (contentType != null && !method.equals("GET") && !method.equals("DELETE")) {
                request.header("Content-Type", contentType);
            }
            request.method(method, method.equals("GET") || method.equals("DELETE") && body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
            sent++;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.statusCode() >= 500) {
                    failures.add(method + " " + template + " [" + what + "] answered " + response.statusCode()
                            + ": " + abbreviate(response.body()));
                } else if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(method + " " + template + " [" + what + "] answered " + response.statusCode()
                            + " as " + (type.isEmpty() ? "no content type" : type));
                }
            } catch (IOException e) {
                failures.add(method + " " + template + " [" + what + "] failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private JsonNode get(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
            String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("no OpenAPI document at " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
        return shown.replace("\u0000", "\\0").replace("\n", "\\n");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
