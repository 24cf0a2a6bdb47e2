package com.licenseforge.billing;

import com.licenseforge.common.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layout rules every service keeps (see {@link ArchitectureRules}), over this service's main classes. */
class ArchitectureTest {

    private final ArchitectureRules rules = ArchitectureRules.of("com.licenseforge.billing");

    @Test
    void packagesAreFreeOfCycles() {
        rules.packagesAreFreeOfCycles();
    }

    @Test
    void resourcesAreUsedOnlyInTheirFeature() {
        rules.resourcesAreUsedOnlyInTheirFeature();
    }

    @Test
    void noPackageRepeatsItsParent() {
        rules.noPackageRepeatsItsParent();
    }

    @Test
    void beansHaveFewCollaborators() {
        rules.beansHaveFewCollaborators();
    }
}
