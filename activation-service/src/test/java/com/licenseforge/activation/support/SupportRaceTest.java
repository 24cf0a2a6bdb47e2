package com.licenseforge.activation.support;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support moves a license while its customer activates machines in the old and the new organization at the
 * same moment. Whatever order the license row lock gives them, no machine stays active in the organization
 * the binding moved away from.
 */
@QuarkusTest
class SupportRaceTest {

    private static final int ROUNDS = 8;

    @Test
    void aReassignmentRacingActivationsAlwaysLeavesAConsistentState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                race(pool, round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void race(ExecutorService pool, int round) throws Exception {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 5);
        String oldOrganization = license.catalogue.organizationId().toString();
        String newOrganization = license.catalogue.sisterOrganizationId().toString();
        Customer.activate(license.activation("machine-before", "1.0.0")).statusCode(201);

        CountDownLatch start = new CountDownLatch(1);
        Future<Response> reassign = pool.submit(at(start, () -> given().header("Authorization", SupportStaff.SUPPORT)
                .contentType(ContentType.JSON).body(Map.of("toOrganizationId", newOrganization, "reason", "race " + round))
                .post("/api/v1/support/serials/{serial}/reassignments", license.serial)));
        Future<Response> inOld = pool.submit(at(start, () -> given().contentType(ContentType.JSON)
                .body(license.activation("machine-old-org", "1.0.0")).post("/api/v1/activations")));
        Future<Response> inNew = pool.submit(at(start, () -> given().contentType(ContentType.JSON)
                .body(license.activation("machine-new-org", "1.0.0", license.catalogue.sisterOrganizationId()))
                .post("/api/v1/activations")));
        start.countDown();

        assertEquals(200, reassign.get().statusCode(), "round " + round + ": " + reassign.get().asString());
        String oldOutcome = outcome(inOld.get());
        String newOutcome = outcome(inNew.get());
        assertTrue(List.of("201", "409 LICENSE_BOUND_TO_OTHER_ORGANIZATION").contains(oldOutcome), oldOutcome);
        assertTrue(List.of("201", "409 LICENSE_BOUND_TO_OTHER_ORGANIZATION").contains(newOutcome), newOutcome);

        JsonPath state = given().header("Authorization", SupportStaff.SUPPORT)
                .get("/api/v1/support/serials/{serial}", license.serial).then().statusCode(200).extract().jsonPath();
        assertEquals(newOrganization, state.getString("binding.organizationId"));
        List<Map<String, Object>> activations = state.getList("activations");
        for (Map<String, Object> activation : activations) {
            boolean active = "ACTIVE".equals(activation.get("status"));
            if (oldOrganization.equals(activation.get("organizationId"))) {
                assertEquals("REASSIGNED", activation.get("status"), "round " + round + ": " + activations);
            } else {
                assertTrue(active, "round " + round + ": " + activations);
            }
        }
        long expected = 1 + (oldOutcome.equals("201") ? 1 : 0) + (newOutcome.equals("201") ? 1 : 0);
        assertEquals(expected, activations.size(), "round " + round + ": nothing half-done " + activations);
        String oldMachine = oldOutcome.equals("201") ? "REASSIGNED" : "NOT_ACTIVATED|FINGERPRINT_MISMATCH";
        String validated = Customer.validate(license, "machine-old-org", null).extract().path("code");
        assertTrue(validated.matches(oldMachine), "round " + round + ": " + validated);
    }

    private static String outcome(Response response) {
        return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.jsonPath().getString("code");
    }

    private static <T> Callable<T> at(CountDownLatch start, Callable<T> call) {
        return () -> {
            start.await();
            return call.call();
        };
    }
}
