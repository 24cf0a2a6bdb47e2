package com.licenseforge.portal.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.portal.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HTTP under the typed clients: calls the services for a browser's request, with the customer's token (none for
 * the sign-in itself) and the browser's address ({@link ForwardedFor}), so each service decides what the customer may
 * see, records the customer as the actor and throttles per browser. A refusal becomes a
 * {@link ServiceProblem} carrying the service's code and members; a service that does not answer becomes one too.
 */
@ApplicationScoped
class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final PortalConfig.Services urls;
    private final ForwardedFor forwardedFor;

    ServiceCalls(ObjectMapper json, PortalConfig config, ForwardedFor forwardedFor) {
        this.json = json;
        this.urls = config.services();
        this.forwardedFor = forwardedFor;
    }

    record Answer(JsonNode body, HttpResponse<String> response) {
    }

    <T> T read(JsonNode body, Class<T> type) {
        return json.convertValue(body, type);
    }

    <T> List<T> readList(JsonNode body, Class<T> item) {
        JavaType type = json.getTypeFactory().constructCollectionType(List.class, item);
        return json.convertValue(body, type);
    }

    Answer get(Service service, String pathAndQuery, String token) {
        return json(send(request(service, pathAndQuery, token, "application/json").GET().build()));
    }

    Answer post(Service service, String path, Object body, String token) {
        try {
            return json(send(request(service, path, token, "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Service service, String path, String token) {
        send(request(service, path, token, "application/json").DELETE().build());
    }

    String getText(Service service, String path, String token) {
        return send(request(service, path, token, "text/plain").GET().build()).body();
    }

    String postText(Service service, String path, String text, String token) {
        return send(request(service, path, token, "text/plain").header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build()).body();
    }

    private HttpRequest.Builder request(Service service, String pathAndQuery, String token, String accept) {
        URI base = switch (service) {
            case ISSUER -> urls.issuer();
            case ACTIVATION -> urls.activation();
            case NOTIFICATION -> urls.notification();
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                .timeout(Duration.ofSeconds(15)).header("Accept", accept).header("X-Request-Id", UUID.randomUUID().toString());
        forwardedFor.value().ifPresent(chain -> builder.header(ForwardedFor.HEADER, chain));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer json(HttpResponse<String> response) {
        try {
            return new Answer(json.readTree(response.body().isEmpty() ? "{}" : response.body()), response);
        } catch (IOException e) {
            throw new ServiceProblem(502, "UNREADABLE_ANSWER", "The service answered something that is not JSON.");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warnf("%s:%d does not answer: %s", request.uri().getHost(), request.uri().getPort(), e.getMessage());
            throw new ServiceProblem(503, ServiceProblem.UNREACHABLE, "The service does not answer.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceProblem(503, ServiceProblem.UNREACHABLE, "The call was interrupted.");
        }
        if (response.statusCode() >= 300) {
            throw problem(response);
        }
        return response;
    }

    private ServiceProblem problem(HttpResponse<String> response) {
        String code = "HTTP_" + response.statusCode();
        String detail = "The service answered " + response.statusCode() + ".";
        Map<String, String> members = new HashMap<>();
        try {
            JsonNode problem = json.readTree(response.body());
            code = problem.path("code").asText(code);
            detail = problem.path("detail").asText(detail);
            for (Iterator<Map.Entry<String, JsonNode>> fields = problem.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode()) {
                    members.put(field.getKey(), field.getValue().asText());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not problem+json: the status says enough
        }
        Long retryAfter = response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,9}")).map(Long::valueOf).orElse(null);
        if (response.statusCode() >= 500) {
            LOG.warnf("%s answered %d %s", response.uri(), response.statusCode(), code);
        }
        return new ServiceProblem(response.statusCode(), code, detail, members, retryAfter);
    }
}
