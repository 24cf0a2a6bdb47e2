package com.licenseforge.notification;

import com.licenseforge.common.testing.LayoutTest;

/** This service's main classes keep the layout rules every service keeps. */
class ArchitectureTest extends LayoutTest {

    ArchitectureTest() {
        super("com.licenseforge.notification");
    }
}
