package com.licenseforge.portal.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session ends: after {@code idle} without a request, and at the latest {@code absolute} after the sign-in
 * or when the issuer ends the customer token's renewals, whichever comes first. The customer token itself lives a
 * few minutes and is renewed shortly before it expires.
 */
record SessionTimes(Duration idle, Duration absolute) {

    /** How long before its expiry the customer token is renewed, so that no service call carries an expired one. */
    static final Duration RENEW_AHEAD = Duration.ofMinutes(2);

    /** The absolute end of a session signed in at {@code signedInAt}; the issuer's own end when that is earlier. */
    Instant end(Instant signedInAt, Instant issuerEnd) {
        Instant ours = signedInAt.plus(absolute);
        return issuerEnd != null && issuerEnd.isBefore(ours) ? issuerEnd : ours;
    }

    /** The idle end after a request at {@code now}: never past the absolute end. */
    Instant idleEnd(Instant now, Instant end) {
        Instant idleEnd = now.plus(idle);
        return idleEnd.isBefore(end) ? idleEnd : end;
    }

    static boolean renewalDue(Instant tokenExpiry, Instant now) {
        return !now.plus(RENEW_AHEAD).isBefore(tokenExpiry);
    }
}
