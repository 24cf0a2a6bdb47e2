package com.licenseforge.billing;

import com.licenseforge.common.testing.AdvancingClock;
import jakarta.inject.Singleton;

/** The service's clock under the tests' control (the dunning clock). */
@Singleton
public class TestClock extends AdvancingClock {
}
