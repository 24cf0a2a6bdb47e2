package com.licenseforge.notification;

import com.licenseforge.common.testing.AdvancingClock;
import jakarta.inject.Singleton;

/** The service's clock under the tests' control (reminders and retries). */
@Singleton
public class TestClock extends AdvancingClock {
}
