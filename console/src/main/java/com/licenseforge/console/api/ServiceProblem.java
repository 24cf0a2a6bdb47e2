package com.licenseforge.console.api;

/** A service's refusal (problem+json): its status, stable code and detail, shown to the staff member as they are. */
public final class ServiceProblem extends RuntimeException {

    private final int status;
    private final String code;

    public ServiceProblem(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
