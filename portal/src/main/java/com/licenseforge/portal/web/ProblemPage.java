package com.licenseforge.portal.web;

import com.licenseforge.portal.api.ServiceProblem;
import com.licenseforge.portal.signin.Cookies;
import com.licenseforge.portal.signin.SessionGuard;
import com.licenseforge.portal.signin.Sessions;
import com.licenseforge.portal.signin.Visitor;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * Whatever goes wrong is a page in the customer's language, never a stack trace: a service that does not answer is
 * "temporarily unavailable", what is not the customer's is "not found", a token the services no longer accept ends
 * the session and sends to the sign-in.
 */
public class ProblemPage {

    private static final Logger LOG = Logger.getLogger(ProblemPage.class);

    private final Pages pages;
    private final Cookies cookies;
    private final Sessions sessions;
    private final Visitor visitor;

    ProblemPage(Pages pages, Cookies cookies, Sessions sessions, Visitor visitor) {
        this.pages = pages;
        this.cookies = cookies;
        this.sessions = sessions;
        this.visitor = visitor;
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem problem) {
        if (problem.status() == 401) {
            visitor.session().ifPresent(sessions::close);
            return Response.seeOther(URI.create("/signin")).cookie(cookies.removed(Cookies.SESSION, "/")).build();
        }
        if (problem.unavailable()) {
            return page(503, "UNAVAILABLE", null);
        }
        if (problem.status() == 404) {
            return page(404, "NOT_FOUND", null);
        }
        return page(problem.status(), "REFUSED", problem.code());
    }

    @ServerExceptionMapper
    public Response guarded(SessionGuard.Refused refused) {
        return page(refused.status(), refused.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return page(status, status == 404 ? "NOT_FOUND" : "REFUSED", null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("a page failed", e);
        return page(500, "UNEXPECTED", null);
    }

    private Response page(int status, String kind, String code) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.of(Templates.error(kind, code))).build();
    }
}
