package com.licenseforge.portal;

import com.licenseforge.websession.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;

/** Every portal test runs on the real PostgreSQL, in the database {@value #NAME}. */
@QuarkusTestResource(PortalDatabase.class)
public class PortalDatabase extends TestDatabase {

    static final String NAME = "portal_test";

    public PortalDatabase() {
        super(NAME);
    }
}
