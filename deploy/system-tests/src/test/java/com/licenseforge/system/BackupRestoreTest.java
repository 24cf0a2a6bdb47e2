package com.licenseforge.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.system.SystemCalls.activationRequest;
import static com.licenseforge.system.SystemCalls.anonymous;
import static com.licenseforge.system.SystemCalls.staff;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The restore drill: a backup taken while the system runs, restored into fresh databases, holds every
 * license, activation and audit entry that existed when it was taken; and the services, started again, catch
 * up from Kafka with what happened after it.
 */
class BackupRestoreTest {

    private static final LocalSystem SYSTEM = new LocalSystem();
    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static Sales sales;
    private static RequestSpecification issuerStaff;
    private static RequestSpecification activation;
    private static RequestSpecification support;

    @BeforeAll
    static void startTheSystem() {
        SYSTEM.up(true);
        sales = new Sales(staff(SYSTEM, LocalSystem.ISSUER_PORT, "sales"));
        issuerStaff = staff(SYSTEM, LocalSystem.ISSUER_PORT, "sales", "support", "admin");
        activation = anonymous(LocalSystem.ACTIVATION_PORT);
        support = staff(SYSTEM, LocalSystem.ACTIVATION_PORT, "support");
    }

    @AfterAll
    static void stopTheSystem() {
        SYSTEM.down();
    }

    @Test
    void aBackupTakenMidRunRestoresEverythingAndTheServicesCatchUpFromKafka() {
        String product = sales.product();
        String account = sales.account("Northwind Traders");
        String organization = sales.organization(account, "Northwind GmbH");
        Sales.Issued before = sales.license(product, account, Map.of("finance", 5), 2, "sub_" + UUID.randomUUID());
        Map<String, Object> machine = activationRequest(before, organization, product, "fp-" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> given(activation).body(machine).post("/api/v1/activations")
                .then().extract().statusCode() == 201);
        given(support).body(Map.of("extra", 1, "reason", "restore drill: board swap"))
                .post("/api/v1/support/serials/{serial}/reregistration-allowances", before.serial())
                .then().statusCode(200);

        String license = licenseAtIssuer(before);
        List<Object> activations = activationsOf(before);
        String issuerAudit = audit(issuerStaff, before);
        String activationAudit = audit(support, before);
        assertFalse(activations.isEmpty());
        assertFalse(issuerAudit.equals("[]") || activationAudit.equals("[]"));

        Path backup = SYSTEM.backup();
        Sales.Issued after = sales.license(product, account, Map.of("finance", 1), 1, "sub_" + UUID.randomUUID());
        Map<String, Object> laterMachine = activationRequest(after, organization, product, "fp-" + UUID.randomUUID());
        await().atMost(EVENTUAL).untilAsserted(() -> given(activation).body(laterMachine)
                .post("/api/v1/activations/preview").then().statusCode(200).body("wouldSucceed", equalTo(true)));

        for (String service : List.of("issuer-service", "activation-service", "billing-sync-service", "notification-service")) {
            SYSTEM.stop(service);
        }
        SYSTEM.restore(backup);
        SYSTEM.up(false);

        assertEquals(license, licenseAtIssuer(before));
        assertEquals(activations, activationsOf(before));
        assertEquals(issuerAudit, audit(issuerStaff, before));
        assertEquals(activationAudit, audit(support, before));
        // issued after the backup: the restored activation database never had it, Kafka brings it back
        await().atMost(EVENTUAL).untilAsserted(() -> given(activation).body(laterMachine)
                .post("/api/v1/activations/preview").then().statusCode(200).body("wouldSucceed", equalTo(true)));
        given(activation).body(laterMachine).post("/api/v1/activations").then().statusCode(201);
    }

    private static String licenseAtIssuer(Sales.Issued license) {
        return given(issuerStaff).get("/api/v1/licenses/{id}", license.id()).then().statusCode(200).extract().asString();
    }

    private static List<Object> activationsOf(Sales.Issued license) {
        return given(support).get("/api/v1/support/serials/{serial}", license.serial())
                .then().statusCode(200).extract().path("activations");
    }

    private static String audit(RequestSpecification staff, Sales.Issued license) {
        return given(staff).queryParam("serial", license.serial()).get("/api/v1/audit")
                .then().statusCode(200).extract().asString();
    }
}
