package com.licenseforge.portal.signin;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The time sessions are measured by; the tests move their own. */
@Singleton
class SessionClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
