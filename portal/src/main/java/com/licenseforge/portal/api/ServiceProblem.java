package com.licenseforge.portal.api;

import java.util.Map;
import java.util.Optional;

/**
 * A service's refusal (problem+json): its status, stable code and detail, the problem's further members (such as
 * {@code nextPossibleAt}) and the {@code Retry-After} it named. The pages say it in the customer's language by code.
 */
public final class ServiceProblem extends RuntimeException {

    public static final String UNREACHABLE = "SERVICE_UNREACHABLE";

    private final int status;
    private final String code;
    private final Map<String, String> members;
    private final Long retryAfterSeconds;

    public ServiceProblem(int status, String code, String detail) {
        this(status, code, detail, Map.of(), null);
    }

    public ServiceProblem(int status, String code, String detail, Map<String, String> members, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.code = code;
        this.members = Map.copyOf(members);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> member(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** The service does not answer or failed: nothing the customer did, try again later. */
    public boolean unavailable() {
        return status >= 500;
    }
}
