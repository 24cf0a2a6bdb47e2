package com.licenseforge.activation.seats;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.licenseforge.activation.Customer.assignSeats;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Before seats go down, staff see whom the customer would have to remove, by the rule activation enforces. */
@QuarkusTest
class SeatChangePreviewTest {

    private static final String SUPPORT = StaffTokens.bearer("sue.support", "support");
    private static final String SALES = StaffTokens.bearer("sam.sales", "sales");

    private static ValidatableResponse preview(String bearer, String serial, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.post("/api/v1/support/serials/{serial}/seat-change-previews", serial).then();
    }

    @Test
    void thePreviewNamesTheExcessUsersTheChangeWouldCauseAndChangesNothing() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String first = Customer.activate(license.activation("machine-preview-1", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        String second = Customer.activate(license.activation("machine-preview-2", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        assignSeats(first, license.cdKey, "hr", "alice", "bob").statusCode(200);
        assignSeats(second, license.cdKey, "hr", "bob", "carol").statusCode(200); // bob counts once
        assignSeats(first, license.cdKey, "finance", "alice").statusCode(200);

        for (String staff : List.of(SUPPORT, SALES)) {
            preview(staff, license.serial, Map.of("modules", Map.of("finance", 5, "hr", 2))).statusCode(200)
                    .body("serial", equalTo(license.serial))
                    .body("wouldExceed", equalTo(true))
                    .body("modules.module", contains("finance", "hr"))
                    .body("modules[0].seats", equalTo(5)).body("modules[0].currentSeats", equalTo(10))
                    .body("modules[0].assigned", equalTo(1)).body("modules[0].excess", equalTo(0))
                    .body("modules[0].users", empty())
                    .body("modules[1].seats", equalTo(2)).body("modules[1].currentSeats", equalTo(3))
                    .body("modules[1].assigned", equalTo(3)).body("modules[1].excess", equalTo(1))
                    .body("modules[1].users", contains("alice", "bob", "carol"));
        }
        // a module left out gets no seats, as the issuer's module change replaces them
        preview(SUPPORT, license.serial, Map.of("modules", Map.of("hr", 3))).statusCode(200)
                .body("wouldExceed", equalTo(true))
                .body("modules.module", contains("finance", "hr"))
                .body("modules[0].seats", equalTo(0)).body("modules[0].excess", equalTo(1))
                .body("modules[0].users", contains("alice"))
                .body("modules[1].excess", equalTo(0));
        preview(SUPPORT, license.serial, Map.of("modules", Map.of("finance", 1, "hr", 3))).statusCode(200)
                .body("wouldExceed", equalTo(false));
        Customer.validate(license, "machine-preview-1", null).body("code", equalTo("VALID"));

        // made for real, the change is refused with exactly the users the preview named
        license.change(EventTypes.LICENSE_MODULES_CHANGED, t -> t.modules = Map.of("finance", 5, "hr", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Customer.validate(license, "machine-preview-1", null).body("code", equalTo("EXCESS_SEAT_ASSIGNMENTS"))
                        .body("excess[0].module", equalTo("hr")).body("excess[0].seats", equalTo(2))
                        .body("excess[0].users", contains("alice", "bob", "carol")));
    }

    @Test
    void badProposalsUnknownSerialsAndOtherRolesAreRefused() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        for (Object body : List.of(Map.of(), Map.of("modules", Map.of()), Map.of("modules", Map.of("hr", -1)),
                Map.of("modules", Map.of("hr", 1_000_001)), Map.of("modules", Map.of("hr", "three")))) {
            preview(SUPPORT, license.serial, body).statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
        preview(SUPPORT, "not-a-serial", Map.of("modules", Map.of("hr", 1)))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        preview(SUPPORT, Serial.generate(), Map.of("modules", Map.of("hr", 1)))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        preview(null, license.serial, Map.of("modules", Map.of("hr", 1)))
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        for (String role : List.of("billing", "admin")) {
            preview(StaffTokens.bearer("pat." + role, role), license.serial, Map.of("modules", Map.of("hr", 1)))
                    .statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        given().header("Authorization", SUPPORT).contentType(ContentType.TEXT).body("hr=1")
                .post("/api/v1/support/serials/{serial}/seat-change-previews", license.serial)
                .then().statusCode(415);
        // the serial's other support operations keep their own roles
        given().header("Authorization", SALES).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(403);
        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200);
    }
}
