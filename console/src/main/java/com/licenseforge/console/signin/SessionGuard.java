package com.licenseforge.console.signin;

import com.licenseforge.console.web.Pages;
import com.licenseforge.console.web.Templates;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Every page needs a live session (else to the sign-in, coming back afterwards); every POST needs the session's
 * CSRF token in the form's {@code _csrf} field (forms) or the {@code X-CSRF-Token} header (htmx), and a role that may
 * change something: a read-only one's form is refused before any service is called.
 */
public class SessionGuard {

    private static final Set<String> PUBLIC = Set.of("/signin", "/signin/callback", "/signed-out");

    private final Sessions sessions;
    private final CurrentStaff staff;
    private final SubmittedForm form;
    private final Pages pages;

    SessionGuard(Sessions sessions, CurrentStaff staff, SubmittedForm form, Pages pages) {
        this.sessions = sessions;
        this.staff = staff;
        this.form = form;
        this.pages = pages;
    }

    @ServerRequestFilter(readBody = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Cookie cookie = request.getCookies().get(SignInResource.SESSION_COOKIE);
        Optional<StaffSession> session = sessions.find(cookie == null ? null : cookie.getValue());
        session.ifPresent(staff::set);
        if (PUBLIC.contains(path) || path.startsWith("/q/")) {
            return Optional.empty();
        }
        if (session.isEmpty()) {
            if ("GET".equals(request.getMethod())) {
                URI signIn = UriBuilder.fromPath("/signin").queryParam("returnTo", relative(request)).build();
                return Optional.of(Response.seeOther(signIn).build());
            }
            return Optional.of(refusal(Response.Status.UNAUTHORIZED, "Your session ended. Sign in again and repeat the action."));
        }
        if ("POST".equals(request.getMethod()) && !csrfMatches(request, session.get())) {
            return Optional.of(refusal(Response.Status.FORBIDDEN, "The form was not sent from this console (missing or wrong CSRF token)."));
        }
        if ("POST".equals(request.getMethod()) && session.get().isReadOnly() && !"/signout".equals(path)) {
            return Optional.of(refusal(Response.Status.FORBIDDEN, "Your role (" + session.get().getRoleList() + ") reads and changes nothing."));
        }
        return Optional.empty();
    }

    private boolean csrfMatches(ContainerRequestContext request, StaffSession session) {
        // readBody: the form was parsed before this filter runs
        FormData fields = CurrentRequestManager.get().getFormData();
        form.set(fields);
        String sent = request.getHeaderString("X-CSRF-Token");
        if (sent == null) {
            sent = form.get("_csrf");
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.getCsrf().getBytes(StandardCharsets.UTF_8));
    }

    private Response refusal(Response.Status status, String message) {
        return Response.status(status).type("text/html").entity(pages.of(Templates.error(status.getStatusCode(), null, message))).build();
    }

    private static String relative(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
