package com.licenseforge.console.signin;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.Set;

/** The staff member behind the current request, once the session guard found the session. */
@RequestScoped
public class CurrentStaff {

    static final Set<String> ROLES = Set.of("sales", "support", "billing", "admin", "auditor");

    private StaffSession session;

    void set(StaffSession session) {
        this.session = session;
    }

    public Optional<StaffSession> session() {
        return Optional.ofNullable(session);
    }

    /** The signed-in session; the guard lets no request without one reach a page. */
    public StaffSession get() {
        if (session == null) {
            throw new IllegalStateException("no signed-in staff member on this request");
        }
        return session;
    }
}
