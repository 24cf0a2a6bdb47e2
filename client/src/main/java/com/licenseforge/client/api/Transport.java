package com.licenseforge.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One call with its retries: a request id per call (the same on every attempt), timeouts, backoff that honours
 * {@code Retry-After}, and problem+json turned into {@link RefusedException}. Logs method, path, status and
 * waits only; bodies and headers (which carry CD keys) never.
 */
final class Transport {

    private static final System.Logger LOG = System.getLogger(Transport.class.getName());
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    private static final int MAX_ANSWER_CHARS = 1 << 20;

    private final HttpClient http;
    private final URI baseUri;
    private final Duration requestTimeout;
    private final RetryPolicy retries;
    private final String userAgent;
    private final ObjectMapper json = new ObjectMapper();

    Transport(HttpClient http, URI baseUri, Duration requestTimeout, RetryPolicy retries, String userAgent) {
        this.http = http;
        this.baseUri = baseUri;
        this.requestTimeout = requestTimeout;
        this.retries = retries;
        this.userAgent = userAgent;
    }

    /** A successful answer. */
    record Answer(int status, String body) {
    }

    /** A request to send: method, path, optional body with its media type, an optional extra header. */
    record Call(String method, String path, String body, String contentType, String headerName, String headerValue) {

        static Call get(String path) {
            return new Call("GET", path, null, null, null, null);
        }

        static Call json(String method, String path, String body) {
            return new Call(method, path, body, "application/json", null, null);
        }

        Call withHeader(String name, String value) {
            return new Call(method, path, body, contentType, name, value);
        }
    }

    Answer send(Call call) {
        String requestId = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= retries.maxAttempts();
            HttpResponse<String> response;
            try {
                response = http.send(request(call, requestId), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (last) {
                    throw new UnreachableException(call.method() + " " + call.path() + " got no answer after "
                            + attempt + " attempt(s): " + e, requestId, e);
                }
                pause(call, requestId, attempt, retries.backoff(attempt), e.getClass().getSimpleName());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreachableException("interrupted", requestId, e);
            }
            int status = response.statusCode();
            if (status < 300) {
                return new Answer(status, response.body());
            }
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(Transport::seconds);
            boolean worthWaiting = TRANSIENT.contains(status)
                    || status == 429 && retryAfter.filter(wait -> wait.compareTo(retries.maxRetryAfter()) <= 0).isPresent();
            if (worthWaiting && !last) {
                pause(call, requestId, attempt, retryAfter.orElse(retries.backoff(attempt)), "status " + status);
                continue;
            }
            throw failure(call, status, response.body(), retryAfter.orElse(null), requestId);
        }
    }

    private HttpRequest request(Call call, String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(call.path()))
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("X-Request-Id", requestId)
                .header("Accept", "application/json, application/problem+json, application/jwk-set+json, text/plain, */*;q=0.1");
        if (call.headerName() != null) {
            builder.header(call.headerName(), call.headerValue());
        }
        if (call.body() != null) {
            builder.header("Content-Type", call.contentType())
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private LicenseApiException failure(Call call, int status, String body, Duration retryAfter, String requestId) {
        JsonNode problem = problem(body);
        String code = Refusals.text(problem, "code");
        if (code == null || status >= 500) {
            return new UnreachableException(call.method() + " " + call.path() + " answered " + status
                    + (code != null ? " " + code : ""), requestId, null);
        }
        return new RefusedException(status, Refusals.of(code, problem, retryAfter), code,
                Refusals.text(problem, "detail"), requestId);
    }

    JsonNode problem(String body) {
        try {
            return body == null || body.isBlank() || body.length() > MAX_ANSWER_CHARS
                    ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static void pause(Call call, String requestId, int attempt, Duration wait, String why) {
        LOG.log(System.Logger.Level.DEBUG, "{0} {1}: {2}; attempt {3} failed, retrying in {4} ms (request {5})",
                call.method(), call.path(), why, attempt, wait.toMillis(), requestId);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted while waiting to retry", requestId, e);
        }
    }

    /** {@code Retry-After} in seconds (the API never sends an HTTP date). */
    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
