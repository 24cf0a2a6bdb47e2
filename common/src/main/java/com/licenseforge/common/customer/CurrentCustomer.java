package com.licenseforge.common.customer;

import com.licenseforge.common.observability.RequestIds;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;

/**
 * The customer behind the current request, from its {@code Authorization: Bearer} customer token; a request
 * without a valid one is refused with 401 {@code UNAUTHENTICATED}, as a staff endpoint refuses one.
 */
@RequestScoped
public class CurrentCustomer {

    private static final Logger LOG = Logger.getLogger(CurrentCustomer.class);
    private static final String BEARER = "Bearer ";

    private final CustomerTokens tokens;
    private final HttpHeaders headers;
    private CustomerScope scope;

    public CurrentCustomer(CustomerTokens tokens, HttpHeaders headers) {
        this.tokens = tokens;
        this.headers = headers;
    }

    public CustomerScope scope() {
        if (scope == null) {
            scope = verify(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
        return scope;
    }

    /** The customer as the audit trail records them, with the request id the logs carry. */
    public Actor actor() {
        return scope().auditActor(RequestIds.acceptOrGenerate(headers.getHeaderString(RequestIds.HEADER)));
    }

    private CustomerScope verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthenticated();
        }
        try {
            return tokens.verify(authorization.substring(BEARER.length()).strip());
        } catch (CustomerTokenVerifier.Invalid e) {
            LOG.debugf("customer token refused: %s", e.getMessage());
            throw unauthenticated();
        }
    }

    private static ProblemException unauthenticated() {
        return new ProblemException(401, ErrorCodes.UNAUTHENTICATED, "a valid customer token is required")
                .header("WWW-Authenticate", "Bearer");
    }
}
