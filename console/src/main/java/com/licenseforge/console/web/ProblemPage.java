package com.licenseforge.console.web;

import com.licenseforge.console.api.ServiceProblem;
import com.licenseforge.console.signin.CurrentStaff;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * A service's refusal shown as a page with its code and detail; a token the services no longer accept ends the
 * session and sends the staff member to sign in again.
 */
public class ProblemPage {

    private final Pages pages;
    private final CurrentStaff staff;

    ProblemPage(Pages pages, CurrentStaff staff) {
        this.pages = pages;
        this.staff = staff;
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem problem, UriInfo uri) {
        if (problem.status() == 401) {
            return Response.seeOther(URI.create("/signin?returnTo=%2F")).build();
        }
        String message = problem.status() == 403
                ? "Your role may not do this (" + staff.get().getRoleList() + "). " + problem.getMessage()
                : problem.getMessage();
        int status = problem.status() >= 500 ? 502 : problem.status();
        return Response.status(status).type("text/html")
                .entity(pages.of(Templates.error(problem.status(), problem.code(), message)))
                .build();
    }
}
