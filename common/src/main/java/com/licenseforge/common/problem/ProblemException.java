package com.licenseforge.common.problem;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refusal the caller can act on: becomes a problem+json response with {@code code}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(Response.Status status, String code, String detail) {
        this(status.getStatusCode(), code, detail);
    }

    public ProblemException(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, "NOT_FOUND", what + " " + id + " does not exist");
    }

    public static ProblemException validation(String field, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                field + ": " + message)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
