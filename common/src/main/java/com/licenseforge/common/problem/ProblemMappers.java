package com.licenseforge.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.licenseforge.common.database.DatabaseOutage;
import com.licenseforge.common.json.UnknownMembers;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into application/problem+json with a stable code; nothing internal leaks out. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = respond(e.status(), e.code(), e.getMessage(), e.extensions());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        String detail = errors.stream().map(err -> err.get("field") + " " + err.get("message"))
                .collect(Collectors.joining("; "));
        return respond(400, ErrorCodes.VALIDATION_FAILED, detail, Map.of("errors", errors)).build();
    }

    /** A value of the wrong type or format; takes precedence over the framework's bare 400 for type mismatches. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return malformed(e);
    }

    /** Unreadable JSON, or a value of the wrong type or format (named by its path where Jackson knows it). */
    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        if (e instanceof PropertyBindingException unknown) {
            return unknownMember(unknown);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message = field.isEmpty() ? "is not well-formed JSON of the expected shape" : "has the wrong type or format";
        String name = field.isEmpty() ? "body" : field;
        return respond(400, ErrorCodes.VALIDATION_FAILED, name + " " + message,
                Map.of("errors", List.of(Map.of("field", name, "message", message)))).build();
    }

    /** A member the operation does not know: named, never dropped (a newer client must get what it asked for). */
    private static Response unknownMember(PropertyBindingException e) {
        String path = path(e);
        List<String> names = e instanceof UnknownMembers.Refused refused ? refused.members() : List.of(e.getPropertyName());
        String message = "is not a member of this request";
        List<Map<String, String>> errors = names.stream()
                .map(name -> path.equals(name) || path.endsWith("." + name) ? path : path.isEmpty() ? name : path + "." + name)
                .map(member -> Map.of("field", member, "message", message))
                .toList();
        String detail = errors.stream().map(error -> error.get("field")).collect(Collectors.joining(", ")) + " "
                + (errors.size() == 1 ? "is not a member" : "are not members") + " of this request";
        return respond(400, ErrorCodes.VALIDATION_FAILED, detail, Map.of("errors", errors)).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return respond(401, ErrorCodes.UNAUTHENTICATED, "a valid bearer token is required", null)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, ErrorCodes.FORBIDDEN, "your role does not allow this operation", null).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // Quarkus REST wraps a body that is not JSON at all (a syntax error, nesting too deep) in a bare 400.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return malformed(unreadable);
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> ErrorCodes.VALIDATION_FAILED;
            case 401 -> ErrorCodes.UNAUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCodes.INTERNAL_ERROR : "HTTP_" + status;
        };
        return respond(status, code, status == 404 ? "no such resource" : reasonPhrase(status), null).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (isUniqueViolation(e)) {
            return respond(409, ErrorCodes.CONFLICT, "a concurrent request changed the same data; retry", null).build();
        }
        if (isClientGone(e)) {
            // the caller hung up while sending: nothing failed here, and nobody is left to read an answer
            LOG.debugf("client closed the connection before its request was read: %s", e.toString());
            return respond(400, ErrorCodes.VALIDATION_FAILED, "the request body was not received completely", null)
                    .build();
        }
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return respond(503, ErrorCodes.DATABASE_UNAVAILABLE, "the service cannot reach its database; retry shortly",
                    null).header("Retry-After", "2").build();
        }
        UUID errorId = UUID.randomUUID();
        LOG.errorf(e, "unexpected error %s", errorId);
        return respond(500, ErrorCodes.INTERNAL_ERROR, "an unexpected error occurred; quote error id " + errorId,
                Map.of("errorId", errorId.toString())).build();
    }

    private static Response.ResponseBuilder respond(int status, String code, String detail, Map<String, Object> extensions) {
        Problem problem = new Problem("urn:licenseforge:problem:" + code, reasonPhrase(status), status, code, detail,
                extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String field(ConstraintViolation<?> violation) {
        // "create.request.modules" -> "modules": drop the method and parameter segments of REST parameters;
        // "modules[finance].<map value>" -> "modules.finance"
        String path = violation.getPropertyPath().toString()
                .replaceAll("\\[([^]]*)]\\.<map value>", ".$1")
                .replaceAll("\\.?<[a-z ]+>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static boolean isClientGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException
                    || cause instanceof VertxException && "Connection was closed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Two requests racing to create the same thing: the database's unique index decides, the loser may retry. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
