package com.licenseforge.portal.signin;

import com.licenseforge.websession.SessionKey;
import com.licenseforge.websession.SessionRows;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the session of every request; pages other than the sign-in's need one (else to the sign-in page). Every
 * POST needs the page's CSRF token in the form's {@code _csrf} field: bound to the session once signed in, to a
 * random visit cookie before.
 */
public class SessionGuard {

    private static final Set<String> PUBLIC = Set.of("/signin", "/signin/link", "/signin/serial", "/signed-out", "/language");

    private final Sessions sessions;
    private final Visitor visitor;
    private final Cookies cookies;
    private final byte[] csrfKey;

    SessionGuard(Sessions sessions, Visitor visitor, Cookies cookies, SessionKey key) {
        this.sessions = sessions;
        this.visitor = visitor;
        this.cookies = cookies;
        this.csrfKey = key.derive("csrf", "HmacSHA256").getEncoded();
    }

    /** Thrown before a page is made: the guard's refusals are pages too, made by the problem page in the right language. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @ServerRequestFilter(readBody = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/")) {
            return Optional.empty();
        }
        Optional<CustomerSession> session = sessions.find(value(request, Cookies.SESSION));
        session.ifPresent(visitor::signedIn);
        String visit = value(request, Cookies.VISIT);
        if (visit == null || !visit.matches("[A-Za-z0-9_-]{43}")) {
            visit = SessionRows.randomId();
            visitor.newVisit(visit);
        }
        String csrf = session.map(s -> csrf("session", s.id())).orElse(csrf("visit", visit));
        visitor.csrf(csrf);
        if ("POST".equals(request.getMethod()) && !csrfMatches(csrf)) {
            throw new Refused(403, "FORM_EXPIRED");
        }
        if (session.isEmpty() && !PUBLIC.contains(path)) {
            if ("GET".equals(request.getMethod())) {
                return Optional.of(Response.seeOther(URI.create("/signin")).build());
            }
            throw new Refused(401, "SESSION_ENDED");
        }
        return Optional.empty();
    }

    /** A first visit gets its visit cookie with the page whose forms are bound to it. */
    @ServerResponseFilter
    public void visitCookie(ContainerResponseContext response) {
        visitor.newVisitId().ifPresent(id -> response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.of(Cookies.VISIT, id, "/", -1)));
    }

    private String csrf(String kind, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SessionKey.hmac(csrfKey, kind + ":" + id));
    }

    private static boolean csrfMatches(String expected) {
        // readBody: the form was parsed before this filter runs
        FormData fields = CurrentRequestManager.get().getFormData();
        var sent = fields == null ? null : fields.getFirst("_csrf");
        return sent != null && sent.getValue() != null && MessageDigest.isEqual(sent.getValue().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(ContainerRequestContext request, String name) {
        Cookie cookie = request.getCookies().get(name);
        return cookie == null ? null : cookie.getValue();
    }
}
