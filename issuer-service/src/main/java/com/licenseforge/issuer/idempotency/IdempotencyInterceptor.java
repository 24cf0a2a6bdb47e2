package com.licenseforge.issuer.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.licenseforge.common.staff.CurrentStaff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
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
    private static final String REPLAYED = "Idempotent-Replayed";

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
            return replay(call.getMethod().getReturnType(), earlier.get());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Object result = call.proceed();
                complete(actor, key, result);
                return result;
            });
        } catch (Exception | Error e) {
            keys.release(actor, key);
            throw e;
        }
    }

    /** Records the outcome in the transaction of the effect, so a crash cannot leave one without the other. */
    private void complete(String actor, String key, Object result) throws IOException {
        Response response = asResponse(result);
        JsonNode body = withoutSecrets(json.valueToTree(response.getEntity()));
        URI location = response.getLocation();
        keys.complete(actor, key, response.getStatus(), json.writeValueAsString(body),
                location == null ? null : location.toString());
    }

    /** {@link Idempotent} methods return one of the two, as IdempotentMethodsTest holds them to. */
    private static Response asResponse(Object result) {
        if (result instanceof RestResponse<?> rest) {
            return rest.toResponse();
        }
        if (result instanceof Response response) {
            return response;
        }
        throw new IllegalStateException("an @Idempotent method returned "
                + (result == null ? "nothing" : result.getClass().getName()) + ", not a Response or RestResponse");
    }

    /** The first outcome again, in the shape the resource method declares. */
    private Object replay(Class<?> returnType, IdempotencyKeys.Outcome outcome) throws IOException {
        JsonNode body = json.readTree(outcome.body());
        URI location = outcome.location() == null ? null : URI.create(outcome.location());
        if (RestResponse.class.isAssignableFrom(returnType)) {
            return RestResponse.ResponseBuilder.create(Response.Status.fromStatusCode(outcome.status()), body)
                    .header(REPLAYED, "true").location(location).build();
        }
        return Response.status(outcome.status()).entity(body).header(REPLAYED, "true").location(location).build();
    }

    /** The CD key is shown once and stored nowhere in clear, not even for a replay. */
    private static JsonNode withoutSecrets(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.remove("cdKey");
        }
        return body;
    }
}
