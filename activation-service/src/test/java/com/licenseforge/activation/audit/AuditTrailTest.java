package com.licenseforge.activation.audit;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.testing.StaffTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theTrailIsQueriedBySerialActorAndTimeRangeInPages() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String ann = "ann.support." + UUID.randomUUID();
        String bob = "bob.support." + UUID.randomUUID();
        Instant start = Instant.now();
        grant(license, ann, "first grant");
        grant(license, bob, "second grant");
        Instant between = Instant.now();
        grant(license, ann, "third grant");

        audit(Map.of("serial", license.serial)).body("reason", contains("first grant", "second grant", "third grant"));
        audit(Map.of("actor", ann)).body("reason", contains("first grant", "third grant"))
                .body("actor", everyItem(equalTo(ann)));
        audit(Map.of("serial", license.serial, "from", start.toString(), "to", between.toString()))
                .body("reason", contains("first grant", "second grant"));
        audit(Map.of("serial", license.serial, "from", between.toString()))
                .body("reason", contains("third grant"));

        String first = audit(Map.of("serial", license.serial, "size", 2)).body("$", hasSize(2))
                .extract().path("[0].id");
        audit(Map.of("serial", license.serial, "size", 2, "page", 1)).body("reason", contains("third grant"));
        assertNotEquals(first, audit(Map.of("serial", license.serial, "size", 2, "page", 1)).extract().path("[0].id"));
        audit(Map.of("serial", license.serial, "size", 2, "page", 2)).body("$", hasSize(0));

        audit(Map.of("serial", license.serial, "actor", bob)).body("$", hasSize(1))
                .body("[0].action", equalTo("grant re-registrations")).body("[0].role", equalTo("support"))
                .body("[0].before.reregistrationAllowance", equalTo(4))
                .body("[0].after.reregistrationAllowance", equalTo(5));
        given().header("Authorization", SupportStaff.SUPPORT).queryParam("size", 0).get("/api/v1/audit")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().header("Authorization", SupportStaff.SUPPORT).queryParam("from", "yesterday").get("/api/v1/audit")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void auditQueriesAtTheExtremesAreBadInput() {
        for (String query : List.of("from=-999999999-01-01T00:00:00Z", "to=%2B999999999-12-31T23:59:59Z",
                "from=1969-12-31T23:59:59Z", "actor=%00", "page=2147483647", "page=abc", "size=0",
                "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")) {
            given().urlEncodingEnabled(false).header("Authorization", StaffTokens.bearer("sue.support", "support"))
                    .get("/api/v1/audit?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        grant(license, "sue.support", "kept forever");
        for (String change : List.of("UPDATE audit_entry SET reason = 'rewritten' WHERE serial = '" + license.serial + "'",
                "DELETE FROM audit_entry WHERE serial = '" + license.serial + "'", "TRUNCATE audit_entry")) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        audit(Map.of("serial", license.serial)).body("reason", contains("kept forever"));
        assertEquals(1, audit(Map.of("serial", license.serial)).extract().jsonPath().getList("$").size());
    }

    private static void grant(TestLicense license, String actor, String reason) {
        given().header("Authorization", StaffTokens.bearer(actor, "support")).contentType("application/json")
                .body(Map.of("extra", 1, "reason", reason))
                .post("/api/v1/support/serials/{serial}/reregistration-allowances", license.serial)
                .then().statusCode(200);
    }

    private static ValidatableResponse audit(Map<String, ?> query) {
        return given().header("Authorization", SupportStaff.SUPPORT).queryParams(query).get("/api/v1/audit")
                .then().statusCode(200);
    }
}
