package com.licenseforge.activation.service;

import com.licenseforge.common.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The first check that failed: its code, the HTTP status an activation answers with, and the data to act on. */
public record Refusal(int status, String code, String detail, Map<String, Object> data) {

    public static Refusal of(int status, String code, String detail) {
        return new Refusal(status, code, detail, new LinkedHashMap<>());
    }

    public Refusal with(String name, Object value) {
        if (value != null) {
            data.put(name, value);
        }
        return this;
    }

    /** Refusals that say the request itself is wrong; preview answers them as errors, not as a verdict. */
    public boolean isAboutTheRequest() {
        return status == 400 || status == 401 || status == 429;
    }

    public ProblemException toProblem() {
        ProblemException problem = new ProblemException(status, code, detail);
        data.forEach(problem::with);
        return problem;
    }
}
