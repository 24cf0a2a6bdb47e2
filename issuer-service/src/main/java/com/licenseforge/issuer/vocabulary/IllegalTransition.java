package com.licenseforge.issuer.vocabulary;

import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.problem.ProblemException;
import jakarta.ws.rs.core.Response;

/** A change the license's state machine does not allow from its current status. */
public final class IllegalTransition {

    public static final String CODE = "ILLEGAL_TRANSITION";

    private IllegalTransition() {
    }

    public static ProblemException of(String action, SalesStatus current) {
        return new ProblemException(Response.Status.CONFLICT, CODE,
                "cannot " + action + " a license that is " + current)
                .with("action", action).with("currentStatus", current.name());
    }

    public static ProblemException because(String action, String why) {
        return new ProblemException(Response.Status.CONFLICT, CODE, "cannot " + action + ": " + why)
                .with("action", action);
    }
}
