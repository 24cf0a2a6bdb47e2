package com.licenseforge.console;

import com.licenseforge.websession.testing.MovableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The console's clock in tests. */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends MovableClock {
}
