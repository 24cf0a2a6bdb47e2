package com.licenseforge.portal.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a session ends and when its customer token is renewed. */
class SessionTimesTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T09:00:00Z");
    private final SessionTimes times = new SessionTimes(Duration.ofMinutes(30), Duration.ofHours(8));

    @Test
    void aSessionEndsEightHoursAfterTheSignIn() {
        assertEquals(SIGNED_IN.plus(Duration.ofHours(8)), times.end(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(9))));
        assertEquals(SIGNED_IN.plus(Duration.ofHours(8)), times.end(SIGNED_IN, null));
    }

    @Test
    void theIssuersEarlierEndWins() {
        Instant issuerEnd = SIGNED_IN.plus(Duration.ofHours(7));
        assertEquals(issuerEnd, times.end(SIGNED_IN, issuerEnd));
    }

    @Test
    void everyRequestMovesTheIdleEndThirtyMinutesOnButNeverPastTheEnd() {
        Instant end = times.end(SIGNED_IN, null);
        Instant request = SIGNED_IN.plus(Duration.ofHours(2));
        assertEquals(request.plus(Duration.ofMinutes(30)), times.idleEnd(request, end));
        Instant late = end.minus(Duration.ofMinutes(10));
        assertEquals(end, times.idleEnd(late, end));
    }

    @Test
    void theTokenIsRenewedTwoMinutesBeforeItExpires() {
        Instant expiry = SIGNED_IN.plus(Duration.ofMinutes(15));
        assertFalse(SessionTimes.renewalDue(expiry, expiry.minus(Duration.ofMinutes(2)).minusSeconds(1)));
        assertTrue(SessionTimes.renewalDue(expiry, expiry.minus(Duration.ofMinutes(2))));
        assertTrue(SessionTimes.renewalDue(expiry, expiry.plusSeconds(1)));
    }

    @Test
    void theBrowserBindingIsTheSecretsSha256InBase64Url() {
        // SHA-256("abc"), a known answer
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", new BrowserBinding("abc").hash());
        assertEquals(43, BrowserBinding.random().hash().length());
    }
}
