package com.licenseforge.portal.signin;

import java.util.UUID;

/**
 * A signed-in customer as one request sees them: the customer token never reaches the browser, which holds only the
 * session id. {@code actor} is the contact's e-mail, or {@code serial:<serial>} after a serial and CD key sign-in.
 */
public record CustomerSession(String id, String actor, UUID accountId, UUID licenseId, String token) {

    /** Who is signed in, as the pages name them. */
    public String name() {
        return actor.startsWith("serial:") ? actor.substring("serial:".length()) : actor;
    }

    @Override
    public String toString() {
        return "CustomerSession[" + actor + "]";
    }
}
