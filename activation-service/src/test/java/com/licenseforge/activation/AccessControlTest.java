package com.licenseforge.activation;

import com.licenseforge.common.testing.RoleMatrix;
import com.licenseforge.common.testing.RoleMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every staff endpoint of activation-service by role: a role that may not call it is 403 problem+json, the roles
 * that may are let through. The auditor reads everything (the seat-change preview changes nothing) and changes
 * nothing.
 */
@QuarkusTest
class AccessControlTest {

    private TestLicense license;

    @BeforeEach
    void data() {
        license = TestLicense.issue(Customer.catalogue());
    }

    private List<Endpoint> endpoints() {
        String serial = "/api/v1/support/serials/" + license.serial;
        Set<String> support = Set.of("support");
        return List.of(
                new Endpoint("GET", serial, null, Set.of("support", "auditor")),
                new Endpoint("POST", serial + "/seat-change-previews", Map.of("modules", Map.of("hr", 1)), true,
                        Set.of("support", "sales", "auditor")),
                new Endpoint("GET", "/api/v1/support/accounts/" + license.catalogue.accountId() + "/activation-usage",
                        null, Set.of("support", "sales", "admin", "auditor")),
                new Endpoint("GET", "/api/v1/audit?serial=" + license.serial, null, Set.of("support", "admin", "auditor")),
                new Endpoint("POST", serial + "/reassignments", Map.of("toOrganizationId",
                        license.catalogue.sisterOrganizationId().toString(), "reason", "ticket 1"), support),
                new Endpoint("POST", serial + "/activation-resets", Map.of("reason", "ticket 1"), support),
                new Endpoint("POST", serial + "/reregistration-allowances", Map.of("extra", 1, "reason", "ticket 1"),
                        support));
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsItMayUse() {
        RoleMatrix.eachRoleReachesExactlyWhatItMayUse(endpoints());
    }

    @Test
    void theAuditorMayCallEveryReadAndNoWrite() {
        RoleMatrix.theAuditorReadsAndChangesNothing(endpoints());
    }
}
