package com.licenseforge.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps the OpenAPI document and the service's behaviour from drifting apart: every response a test observes must
 * be declared by the operation it answers in the service's own {@code /q/openapi} (the status, and for a problem
 * its {@code code} among the codes declared for that status, and every member of the problem declared by its schema,
 * so a generated client can read what the code calls for). An undeclared one fails the test that saw it. Every
 * observation is also appended to {@code target/openapi-contract/observed.tsv}.
 * <p>
 * Installed for every {@code @QuarkusTest} through {@link Install} (a Quarkus test callback registered in this
 * test-jar); other tests call {@link #install()}.
 */
public final class OpenApiContract implements OrderedFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: a cleartext HTTP/2 upgrade answered with a large document is misread by the JDK client. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Path OBSERVED = Path.of("target/openapi-contract/observed.tsv");

    /** Adds the contract check to RestAssured's global filters once. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(f -> f.getClass().getName().equals(OpenApiContract.class.getName()))) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    /** Registered in META-INF/services so every {@code @QuarkusTest} of a service runs under the contract. */
    public static final class Install implements QuarkusTestBeforeEachCallback {
        @Override
        public void beforeEach(QuarkusTestMethodContext context) {
            install();
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/")) {
            return response;
        }
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String base = uri.getScheme() + "://" + uri.getAuthority();
        Optional<Map.Entry<String, JsonNode>> operation = operation(document(base), uri.getPath(), method);
        if (operation.isEmpty()) {
            return response; // no such operation: the router's own 404/405, not part of any operation's contract
        }
        String status = String.valueOf(response.statusCode());
        String code = problemCode(response);
        String observed = method.toUpperCase(Locale.ROOT) + " " + operation.get().getKey() + " -> " + status
                + (code == null ? "" : " " + code);
        record(operation.get().getValue().path("operationId").asText("?") + "\t" + observed);
        JsonNode declared = operation.get().getValue().path("responses").path(status);
        if (declared.isMissingNode()) {
            throw new AssertionError("OpenAPI does not declare " + observed);
        }
        if (code != null && !declaredCodes(declared).contains(code)) {
            throw new AssertionError("OpenAPI does not declare code " + code + " for " + observed
                    + " (declared: " + declaredCodes(declared) + ")");
        }
        if (code != null) {
            List<String> undeclared = problemMembers(response);
            undeclared.removeAll(declaredMembers(document(base), declared));
            if (!undeclared.isEmpty()) {
                throw new AssertionError("OpenAPI does not declare problem members " + undeclared + " for " + observed);
            }
        }
        return response;
    }

    private static Optional<Map.Entry<String, JsonNode>> operation(JsonNode document, String path, String method) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex) && entry.getValue().has(method)) {
                return Optional.of(Map.entry(entry.getKey(), entry.getValue().get(method)));
            }
        }
        return Optional.empty();
    }

    private static String problemCode(Response response) {
        String type = response.getContentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return null;
        }
        try {
            return JSON.readTree(response.asByteArray()).path("code").asText(null);
        } catch (IOException e) {
            throw new AssertionError("problem body is not JSON: " + response.asString(), e);
        }
    }

    private static List<String> problemMembers(Response response) {
        try {
            List<String> members = new ArrayList<>();
            JSON.readTree(response.asByteArray()).fieldNames().forEachRemaining(members::add);
            return members;
        } catch (IOException e) {
            throw new AssertionError("problem body is not JSON: " + response.asString(), e);
        }
    }

    /** The properties of the problem schema of a response, its parts ({@code allOf}) and references followed. */
    private static List<String> declaredMembers(JsonNode document, JsonNode response) {
        List<String> members = new ArrayList<>();
        collectProperties(document, response.path("content").path("application/problem+json").path("schema"), members);
        return members;
    }

    private static void collectProperties(JsonNode document, JsonNode schema, List<String> members) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            collectProperties(document, document.path("components").path("schemas").path(name), members);
        }
        schema.path("properties").fieldNames().forEachRemaining(members::add);
        schema.path("allOf").forEach(part -> collectProperties(document, part, members));
    }

    private static List<String> declaredCodes(JsonNode response) {
        JsonNode schema = response.path("content").path("application/problem+json").path("schema");
        List<String> codes = new ArrayList<>();
        schema.findValues("enum").forEach(values -> values.forEach(v -> codes.add(v.asText())));
        return codes;
    }

    private static JsonNode document(String base) {
        return DOCUMENTS.computeIfAbsent(base, b -> {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/q/openapi?format=json"))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new AssertionError(b + "/q/openapi answered " + answer.statusCode());
                }
                return JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new AssertionError("could not read " + b + "/q/openapi", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    private static synchronized void record(String line) {
        try {
            Files.createDirectories(OBSERVED.getParent());
            Files.writeString(OBSERVED, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AssertionError("could not record " + line, e);
        }
    }
}
