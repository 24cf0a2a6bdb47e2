package com.licenseforge.console;

import com.licenseforge.websession.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;

/** Every console test runs on the real PostgreSQL, in the database {@value #NAME}. */
@QuarkusTestResource(ConsoleDatabase.class)
public class ConsoleDatabase extends TestDatabase {

    static final String NAME = "console_test";

    public ConsoleDatabase() {
        super(NAME);
    }
}
