package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestClock;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.activation.offline.RequestFile;
import com.licenseforge.common.testing.CustomerTestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's machines in the portal: a token reaches its own account's (or its one license's) machines only,
 * frees a machine at most the product's limit of times in 30 days (concurrent frees included), frees seats, and
 * every change is audited with the customer as actor and channel portal.
 */
@QuarkusTest
class CustomerMachinesTest {

    @Inject
    TestClock clock;

    private RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    private String accountToken(IssuerFacts.Catalogue catalogue) {
        return CustomerTestTokens.account("ada@contoso.example", catalogue.accountId(), clock.instant());
    }

    private static String activate(TestLicense license, String machine) {
        return Customer.activate(license.activation("machine-" + machine, "1.0.0")).statusCode(201).extract().path("activationId");
    }

    @Test
    void aTokenReachesOnlyItsOwnAccountsOrLicensesMachines() {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        TestLicense mine = TestLicense.issue(catalogue);
        TestLicense sister = TestLicense.issue(catalogue);
        TestLicense theirs = TestLicense.issue(catalogue, terms -> terms.accountId = catalogue.foreignAccountId());
        String myMachine = activate(mine, "mine-1");
        Customer.assignSeats(myMachine, mine.cdKey, "finance", "alice", "bob").statusCode(200);
        String theirMachine = Customer.activate(theirs.activation("machine-theirs-1", "1.0.0", catalogue.foreignOrganizationId()))
                .statusCode(201).extract().path("activationId");
        Customer.assignSeats(theirMachine, theirs.cdKey, "finance", "carol").statusCode(200);
        String account = accountToken(catalogue);

        as(account).get("/api/v1/customer/licenses/{id}/machines", mine.id).then().statusCode(200)
                .body("licenseId", equalTo(mine.id.toString())).body("activationsUsed", equalTo(1))
                .body("maxActivations", equalTo(2))
                .body("selfService.used", equalTo(0)).body("selfService.limit", equalTo(3))
                .body("selfService.nextPossibleAt", nullValue())
                .body("machines.activationId", contains(myMachine))
                .body("machines[0].hostname", equalTo("erp-prod-01"))
                .body("machines[0].organizationName", equalTo("Contoso GmbH"))
                .body("machines[0].productVersion", equalTo("1.0.0"))
                .body("machines[0].seats.finance", contains("alice", "bob"));
        as(account).get("/api/v1/customer/licenses/{id}/machines", theirs.id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        as(account).delete("/api/v1/customer/activations/{id}", theirMachine).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        as(account).delete("/api/v1/customer/activations/{id}/seats/{module}/users/{user}", theirMachine, "finance", "carol")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        String theirToken = CustomerTestTokens.account("it@fabrikam.example", catalogue.foreignAccountId(), clock.instant());
        as(theirToken).get("/api/v1/customer/licenses/{id}/machines", theirs.id).then().statusCode(200)
                .body("machines.activationId", contains(theirMachine))
                .body("machines[0].seats.finance", contains("carol"));

        String licenseOnly = CustomerTestTokens.license(mine.serial, mine.id, clock.instant());
        as(licenseOnly).get("/api/v1/customer/licenses/{id}/machines", mine.id).then().statusCode(200);
        as(licenseOnly).get("/api/v1/customer/licenses/{id}/machines", sister.id).then().statusCode(404);

        as(SupportStaff.SUPPORT).get("/api/v1/customer/licenses/{id}/machines", mine.id).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/customer/licenses/{id}/machines", mine.id).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        as(account).get("/api/v1/support/serials/{serial}", mine.serial).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aFourthFreeWithinThirtyDaysIsRefusedSayingWhenTheNextIsPossible() {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        TestLicense license = TestLicense.issue(catalogue, terms -> terms.maxActivations = 5);
        List<String> machines = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            machines.add(activate(license, "free-" + i));
        }
        String token = accountToken(catalogue);
        Instant firstFree = clock.instant();
        for (int i = 0; i < 3; i++) {
            as(token).delete("/api/v1/customer/activations/{id}", machines.get(i)).then().statusCode(204);
        }
        as(token).delete("/api/v1/customer/activations/{id}", machines.get(0)).then().statusCode(404);
        String next = as(token).delete("/api/v1/customer/activations/{id}", machines.get(3)).then().statusCode(409)
                .body("code", equalTo("SELF_SERVICE_LIMIT_REACHED")).body("limit", equalTo(3))
                .extract().path("nextPossibleAt");
        Duration untilNext = Duration.between(firstFree, Instant.parse(next));
        assertTrue(untilNext.compareTo(Duration.ofDays(30)) >= 0 && untilNext.compareTo(Duration.ofDays(30).plusMinutes(1)) < 0,
                "the next free is possible 30 days after the first: " + next);
        as(token).get("/api/v1/customer/licenses/{id}/machines", license.id).then().statusCode(200)
                .body("activationsUsed", equalTo(1)).body("selfService.used", equalTo(3))
                .body("selfService.nextPossibleAt", equalTo(next));

        given().header("Authorization", SupportStaff.SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'free machine' }", hasSize(3))
                .body("findAll { it.action == 'free machine' }.actor", hasItem("ada@contoso.example"))
                .body("findAll { it.action == 'free machine' }.role", hasItem("portal"));
    }

    @Test
    void twoConcurrentFreesAtTheLimitFreeOneMachine() throws Exception {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        TestLicense license = TestLicense.issue(catalogue, terms -> terms.maxActivations = 5);
        List<String> machines = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            machines.add(activate(license, "race-" + i));
        }
        String token = accountToken(catalogue);
        as(token).delete("/api/v1/customer/activations/{id}", machines.get(0)).then().statusCode(204);
        as(token).delete("/api/v1/customer/activations/{id}", machines.get(1)).then().statusCode(204);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> frees = machines.subList(2, 4).stream()
                .map(machine -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return as(token).delete("/api/v1/customer/activations/{id}", machine).then().extract().statusCode();
                })).toList();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> free : frees) {
            statuses.add(free.get());
        }
        statuses.sort(Integer::compareTo);
        assertEquals(List.of(204, 409), statuses);
        as(token).get("/api/v1/customer/licenses/{id}/machines", license.id).then().statusCode(200)
                .body("activationsUsed", equalTo(1)).body("selfService.used", equalTo(3));
    }

    @Test
    void aSeatIsFreedOnceAndAudited() {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        TestLicense license = TestLicense.issue(catalogue);
        String machine = activate(license, "seats-1");
        Customer.assignSeats(machine, license.cdKey, "finance", "alice", "bob").statusCode(200);
        String token = CustomerTestTokens.license(license.serial, license.id, clock.instant());
        as(token).delete("/api/v1/customer/activations/{id}/seats/{module}/users/{user}", machine, "finance", "alice")
                .then().statusCode(204);
        as(token).delete("/api/v1/customer/activations/{id}/seats/{module}/users/{user}", machine, "finance", "alice")
                .then().statusCode(404);
        as(token).get("/api/v1/customer/licenses/{id}/machines", license.id).then().statusCode(200)
                .body("machines[0].seats.finance", contains("bob"));
        given().header("Authorization", SupportStaff.SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'unassign seat' }.actor", contains("serial:" + license.serial))
                .body("findAll { it.action == 'unassign seat' }.role", contains("portal"));
    }

    @Test
    void anOfflineRequestIsAnsweredForTheTokensOwnLicenseOnlyAndAudited() {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        TestLicense mine = TestLicense.issue(catalogue);
        TestLicense sister = TestLicense.issue(catalogue);
        TestLicense theirs = TestLicense.issue(catalogue, terms -> terms.accountId = catalogue.foreignAccountId());
        String token = accountToken(catalogue);

        String file = as(token).contentType("text/plain").body(RequestFile.of(mine, "machine-offline-1").signed())
                .post("/api/v1/customer/licenses/{id}/offline-responses", mine.id).then().statusCode(200)
                .contentType(ContentType.TEXT).extract().asString();
        assertTrue(file.contains("Serial: " + mine.serial), file);
        as(token).get("/api/v1/customer/licenses/{id}/machines", mine.id).then().statusCode(200)
                .body("activationsUsed", equalTo(1));
        as(token).contentType("text/plain").body(RequestFile.of(theirs, "machine-offline-2").signed())
                .post("/api/v1/customer/licenses/{id}/offline-responses", theirs.id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        as(token).contentType("text/plain").body(RequestFile.of(mine, "machine-offline-3").signed())
                .post("/api/v1/customer/licenses/{id}/offline-responses", sister.id).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().header("Authorization", SupportStaff.SUPPORT).queryParam("serial", mine.serial).get("/api/v1/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'activate offline' }.actor", contains("ada@contoso.example"))
                .body("findAll { it.action == 'activate offline' }.role", contains("portal"));
    }
}
