package com.licenseforge.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a client generated from a service's OpenAPI document needs to work without workarounds, checked on the
 * document the running service publishes: every pattern is ECMA-262 (the dialect of JSON Schema, which generated
 * clients check values with) and anchored like Bean Validation's whole-value match, every parameter is typed,
 * every operation takes {@code X-Request-Id} and every response declares it, and every operation that answers
 * something other than JSON declares problem+json for its refusals. Answers the places that break these rules.
 */
public final class PortableDocument {

    /** What {@code @NotBlank} is published as, meant to match anywhere. */
    private static final String NOT_BLANK = "\\S";
    /** Java-only regex constructs: Unicode classes without the u flag, \A \Z \z \G \h \R, atomic groups, inline
     * flags and possessive quantifiers. */
    private static final Pattern JAVA_ONLY = Pattern.compile(
            "\\\\[pP]\\{|\\\\[AZzGhR]|\\(\\?>|\\(\\?[a-zA-Z]+[):]|[*+?}]\\+");
    private static final String REQUEST_ID = "X-Request-Id";
    /** HTTP/1.1: a cleartext HTTP/2 upgrade answered with a large document is misread by the JDK client. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PortableDocument() {
    }

    public static List<String> violations(URI base) {
        JsonNode document = fetch(base);
        List<String> found = new ArrayList<>();
        patterns(document, "#", found);
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> operation(document,
                    operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue(), found));
        }
        return found;
    }

    private static void operation(JsonNode document, String name, JsonNode operation, List<String> found) {
        boolean takesRequestId = false;
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            takesRequestId |= REQUEST_ID.equalsIgnoreCase(resolved.path("name").asText());
            JsonNode schema = resolve(document, resolved.path("schema"));
            if (!schema.has("type")) {
                found.add(name + ": parameter " + resolved.path("name").asText() + " has no type");
            }
        }
        if (!takesRequestId) {
            found.add(name + ": does not declare the " + REQUEST_ID + " header");
        }
        boolean answersText = false;
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        List<Map.Entry<String, JsonNode>> refusals = new ArrayList<>();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("x-")) {
                continue; // an extension of the responses object, no response
            }
            if (!response.getValue().path("headers").has(REQUEST_ID)) {
                found.add(name + " " + response.getKey() + ": does not declare the " + REQUEST_ID + " response header");
            }
            if (response.getKey().startsWith("2")) {
                Iterator<String> types = response.getValue().path("content").fieldNames();
                while (types.hasNext()) {
                    answersText |= !types.next().contains("json");
                }
            } else if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                refusals.add(response);
            }
        }
        if (answersText) {
            refusals.stream().filter(r -> !r.getValue().path("content").has("application/problem+json"))
                    .forEach(r -> found.add(name + " " + r.getKey() + ": a refusal of a text operation without problem+json"));
        }
    }

    private static void patterns(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isTextual()) {
                String regex = pattern.asText();
                if (JAVA_ONLY.matcher(regex).find()) {
                    found.add(at + ": pattern " + regex + " is not ECMA-262");
                }
                if (!NOT_BLANK.equals(regex) && !(regex.startsWith("^") && regex.endsWith("$"))) {
                    found.add(at + ": pattern " + regex + " is not anchored (the server matches the whole value)");
                }
            }
            node.fields().forEachRemaining(field -> patterns(field.getValue(), at + "/" + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                patterns(node.get(i), at + "/" + i, found);
            }
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            JsonNode target = document;
            for (String segment : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(segment);
            }
            current = target;
        }
        return current;
    }

    private static JsonNode fetch(URI base) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    base.resolve("/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("could not read the OpenAPI document of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
