package com.licenseforge.console.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.console.signin.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP under the typed clients: calls the services with the signed-in staff member's own access token, so each
 * service checks the roles and records the real actor, and reads the answers into the clients' records. A refusal
 * becomes a {@link ServiceProblem} carrying the service's code.
 */
@ApplicationScoped
class ServiceCalls {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final ConsoleConfig.Services urls;
    private final CurrentStaff staff;

    ServiceCalls(ObjectMapper json, ConsoleConfig config, CurrentStaff staff) {
        this.json = json;
        this.urls = config.services();
        this.staff = staff;
    }

    <T> T get(Service service, String pathAndQuery, Class<T> answer) {
        return json.convertValue(send(request(service, pathAndQuery).GET(), null).body, answer);
    }

    <T> List<T> getList(Service service, String pathAndQuery, Class<T> item) {
        return json.convertValue(send(request(service, pathAndQuery).GET(), null).body, listOf(item));
    }

    /** A list endpoint's page with its {@code X-Total-Count}. */
    <T> Listing<T> list(Service service, String path, Query query, Class<T> item) {
        Answer answer = send(request(service, path + query.with("page", query.page()).with("size", query.size())).GET(), null);
        long total = answer.response.headers().firstValueAsLong("X-Total-Count").orElse(answer.body.size());
        return new Listing<>(json.convertValue(answer.body, listOf(item)), total, query.page(), query.size());
    }

    /** A POST; {@code Void.class} when the answer is not needed. */
    <T> T post(Service service, String path, Object body, String requestId, Class<T> answer) {
        JsonNode answered = send(withBody(request(service, path), "POST", body), requestId).body;
        return answer == Void.class ? null : json.convertValue(answered, answer);
    }

    void put(Service service, String path, Object body) {
        send(withBody(request(service, path), "PUT", body), null);
    }

    /** A text resource (the license file). */
    String text(Service service, String path) {
        HttpResponse<String> response = exchange(request(service, path).header("Accept", "text/plain").GET().build());
        if (response.statusCode() >= 300) {
            throw problem(response);
        }
        return response.body();
    }

    private JavaType listOf(Class<?> item) {
        return json.getTypeFactory().constructCollectionType(List.class, item);
    }

    private HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, Object body) {
        try {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(Service service, String pathAndQuery) {
        URI base = switch (service) {
            case ISSUER -> urls.issuer();
            case ACTIVATION -> urls.activation();
            case BILLING -> urls.billing();
            case NOTIFICATION -> urls.notification();
        };
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                .timeout(Duration.ofSeconds(15)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + staff.get().accessToken());
    }

    private record Answer(HttpResponse<String> response, JsonNode body) {
    }

    private Answer send(HttpRequest.Builder builder, String requestId) {
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        HttpResponse<String> response = exchange(builder.build());
        if (response.statusCode() >= 300) {
            throw problem(response);
        }
        try {
            return new Answer(response, json.readTree(response.body().isEmpty() ? "{}" : response.body()));
        } catch (IOException e) {
            throw new ServiceProblem(502, "UNREADABLE_ANSWER", "The service answered something that is not JSON.");
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceProblem(503, "SERVICE_UNREACHABLE", request.uri().getHost() + ":" + request.uri().getPort()
                    + " does not answer; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceProblem(503, "SERVICE_UNREACHABLE", "The call was interrupted.");
        }
    }

    private ServiceProblem problem(HttpResponse<String> response) {
        String code = "HTTP_" + response.statusCode();
        String detail = "The service answered " + response.statusCode() + ".";
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        try {
            JsonNode problem = json.readTree(response.body());
            code = problem.path("code").asText(code);
            detail = problem.path("detail").asText(problem.path("title").asText(detail));
            StringBuilder fields = new StringBuilder();
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText();
                String message = error.path("message").asText();
                fields.append(' ').append(field).append(": ").append(message).append('.');
                fieldErrors.merge(field, message, (first, next) -> first + "; " + next);
            }
            detail += fields;
        } catch (IOException | RuntimeException e) {
            // not problem+json: the status says enough
        }
        return new ServiceProblem(response.statusCode(), code, detail, fieldErrors);
    }
}
