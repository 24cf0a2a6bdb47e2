package com.licenseforge.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one system every test class of a run shares: the first class that needs it starts it (databases
 * emptied), the end of the run stops it. Starting the services takes most of the suite's time, so no class
 * starts its own.
 */
final class RunningSystem implements BeforeAllCallback {

    static final LocalSystem SYSTEM = new LocalSystem();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(RunningSystem.class, key -> {
            SYSTEM.up(true);
            return (AutoCloseable) SYSTEM::down;
        }, AutoCloseable.class);
    }
}
