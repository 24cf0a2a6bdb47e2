package com.licenseforge.console.signin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Opens a console session as the sign-in does, for tests of what a role sees and may send. */
public final class SignedIn {

    public static final String COOKIE = SignInResource.SESSION_COOKIE;

    private SignedIn() {
    }

    public static StaffSession as(Sessions sessions, String name, String... roles) {
        IdentityProvider.Tokens tokens =
                new IdentityProvider.Tokens("not-a-token", Instant.now().plusSeconds(3600), null, null);
        return sessions.open(new IdentityProvider.SignedIn(name, List.of(roles), tokens), Set.of(roles));
    }

    /** The value of the session cookie the browser holds for {@code session}. */
    public static String cookie(StaffSession session) {
        return session.id();
    }
}
