package com.licenseforge.console.signin;

import java.time.Instant;
import java.util.Set;

/** Opens a console session as the sign-in does, for tests of what a role sees and may send. */
public final class SignedIn {

    public static final String COOKIE = SignInResource.SESSION_COOKIE;

    private SignedIn() {
    }

    public static StaffSession as(Sessions sessions, String name, String... roles) {
        return sessions.open(name, Set.of(roles), "not-a-token", Instant.now().plusSeconds(3600));
    }

    /** The value of the session cookie the browser holds for {@code session}. */
    public static String cookie(StaffSession session) {
        return session.id();
    }
}
