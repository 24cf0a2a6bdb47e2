package com.licenseforge.issuer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.licenseforge.issuer.service.IdempotencyKeys;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Runs an {@link Idempotent} resource method once per {@code Idempotency-Key} (per staff member): a repeat
 * with the same body gets the first outcome again, with {@code Idempotent-Replayed: true}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final CurrentStaff staff;
    private final ObjectMapper json;

    public IdempotencyInterceptor(IdempotencyKeys keys, HttpHeaders headers, UriInfo uri, CurrentStaff staff,
                                  ObjectMapper json) {
        this.keys = keys;
        this.headers = headers;
        this.uri = uri;
        this.staff = staff;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext call) throws Exception {
        String key = headers.getHeaderString(HEADER);
        if (key == null) {
            return call.proceed();
        }
        String actor = staff.name();
        String operation = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                + " " + uri.getPath();
        List<Object> request = Arrays.stream(call.getParameters()).filter(p -> !(p instanceof UriInfo)).toList();
        String requestHash = IdempotencyKeys.hash(operation + json.writeValueAsString(request));
        var earlier = keys.claim(actor, key, operation, requestHash);
        if (earlier.isPresent()) {
            IdempotencyKeys.Outcome outcome = earlier.get();
            Response.ResponseBuilder replay = Response.status(outcome.status())
                    .entity(json.readTree(outcome.body())).header("Idempotent-Replayed", "true");
            if (outcome.location() != null) {
                replay.location(URI.create(outcome.location()));
            }
            return replay.build();
        }
        try {
            Object result = call.proceed();
            Response response = result instanceof Response r ? r : Response.ok(result).build();
            JsonNode body = withoutSecrets(json.valueToTree(response.getEntity()));
            URI location = response.getLocation();
            keys.complete(actor, key, response.getStatus(), json.writeValueAsString(body),
                    location == null ? null : location.toString());
            return result;
        } catch (Exception | Error e) {
            keys.release(actor, key);
            throw e;
        }
    }

    /** The CD key is shown once and stored nowhere in clear, not even for a replay. */
    private static JsonNode withoutSecrets(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.remove("cdKey");
        }
        return body;
    }
}
