package com.licenseforge.portal.signin;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Whoever sent the current request: the signed-in customer's session if there is one, and the CSRF token every form
 * of the page carries. Before the sign-in the token is bound to a random visit cookie, after it to the session.
 */
@RequestScoped
public class Visitor {

    private CustomerSession session;
    private String csrf;
    private String newVisitId;

    void signedIn(CustomerSession session) {
        this.session = session;
    }

    void csrf(String csrf) {
        this.csrf = csrf;
    }

    void newVisit(String id) {
        this.newVisitId = id;
    }

    public Optional<CustomerSession> session() {
        return Optional.ofNullable(session);
    }

    /** The signed-in session; the guard lets no request without one reach a page that needs it. */
    public CustomerSession get() {
        if (session == null) {
            throw new IllegalStateException("no signed-in customer on this request");
        }
        return session;
    }

    public String csrf() {
        return csrf;
    }

    Optional<String> newVisitId() {
        return Optional.ofNullable(newVisitId);
    }
}
