package com.licenseforge.activation.answers;

import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The first check that failed: its code, the HTTP status an activation answers with, the data to act on and,
 * for a refusal that passes with time, the seconds to wait.
 */
public record Refusal(int status, String code, String detail, Map<String, Object> data, Long retryAfterSeconds) {

    public Refusal {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** Codes that say the request itself is wrong or may not be asked now, rather than what it would find. */
    private static final Set<String> ABOUT_THE_REQUEST =
            Set.of(ErrorCodes.VALIDATION_FAILED, Codes.INVALID_CREDENTIALS, Codes.CREDENTIALS_LOCKED);

    public static Refusal of(int status, String code, String detail) {
        return new Refusal(status, code, detail, Map.of(), null);
    }

    /** This refusal with {@code name} added to its data (in order), or unchanged when {@code value} is null. */
    public Refusal with(String name, Object value) {
        return value == null ? this
                : new Refusal(status, code, detail, Answers.with(data, name, value), retryAfterSeconds);
    }

    public Refusal retryAfter(long seconds) {
        return new Refusal(status, code, detail, data, seconds);
    }

    /** Refusals that preview answers as errors, not as a verdict. */
    public boolean isAboutTheRequest() {
        return ABOUT_THE_REQUEST.contains(code);
    }

    public ProblemException toProblem() {
        ProblemException problem = new ProblemException(status, code, detail);
        data.forEach(problem::with);
        if (retryAfterSeconds != null) {
            problem.header("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return problem;
    }
}
