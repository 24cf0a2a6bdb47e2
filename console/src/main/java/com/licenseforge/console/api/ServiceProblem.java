package com.licenseforge.console.api;

import java.util.Map;

/**
 * A service's refusal (problem+json): its status, stable code and detail, shown to the staff member as they are,
 * and the fields it named ({@code errors[].field} with their messages) so a form can mark them.
 */
public final class ServiceProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ServiceProblem(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ServiceProblem(int status, String code, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Field (as the service names it, e.g. {@code modules.hr}) to what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A refusal of what was asked (as opposed to who asked, or a service that failed): the form can be corrected. */
    public boolean correctable() {
        return status == 400 || status == 409 || status == 422;
    }
}
