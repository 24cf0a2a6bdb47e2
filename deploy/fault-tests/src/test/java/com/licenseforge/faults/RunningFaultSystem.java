package com.licenseforge.faults;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fault system for every test class of a run: the first class to need it starts it (some minutes on a small
 * machine), the run's end stops it (the root store closes what it holds).
 */
final class RunningFaultSystem implements BeforeAllCallback {

    private static FaultSystem system;

    @Override
    public void beforeAll(ExtensionContext context) {
        system = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(FaultSystem.class, type -> started(), FaultSystem.class);
    }

    static FaultSystem system() {
        return system;
    }

    private static FaultSystem started() {
        FaultSystem started = new FaultSystem();
        try {
            started.start();
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }
}
