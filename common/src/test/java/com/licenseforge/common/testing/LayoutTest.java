package com.licenseforge.common.testing;

import org.junit.jupiter.api.Test;

/** The layout rules every service keeps (see {@link ArchitectureRules}); a service's test names its root package. */
public abstract class LayoutTest {

    private final ArchitectureRules rules;

    protected LayoutTest(String rootPackage) {
        this.rules = ArchitectureRules.of(rootPackage);
    }

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
