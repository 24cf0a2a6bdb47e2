package com.licenseforge.activation;

import com.licenseforge.common.testing.AdvancingClock;
import jakarta.inject.Singleton;

/** The service's clock under the tests' control (leases ending, graces passing). */
@Singleton
public class TestClock extends AdvancingClock {
}
