package com.licenseforge.system;

import com.licenseforge.common.testing.OpenApiContract;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.system.SystemCalls.activationRequest;
import static com.licenseforge.system.SystemCalls.anonymous;
import static com.licenseforge.system.SystemCalls.staff;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Licenses through all three packaged services and the real broker, as sales, customer systems, support and
 * the billing provider meet them.
 */
@ExtendWith(RunningSystem.class)
class LicenseJourneyTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static Sales sales;
    private static BillingProvider billingProvider;
    private static RequestSpecification activation;
    private static RequestSpecification support;

    @BeforeAll
    static void signIn() {
        OpenApiContract.install();
        sales = new Sales(staff(SYSTEM, LocalSystem.ISSUER_PORT, "sales"));
        billingProvider = new BillingProvider(anonymous(LocalSystem.BILLING_PORT));
        activation = anonymous(LocalSystem.ACTIVATION_PORT);
        support = staff(SYSTEM, LocalSystem.ACTIVATION_PORT, "support");
    }

    @Test
    void theReadmeWalkThroughRunsOnClientsGeneratedFromTheOpenApiDocuments() throws Exception {
        new ReadmeWalkThrough(SYSTEM.staffToken("sales")).run();
    }

    @Test
    void theReadmeWalkThroughRunsOnTypeScriptClientsGeneratedFromTheOpenApiDocuments() {
        String output = TypeScriptWalkThrough.run(SYSTEM);
        System.out.print(output);
        assertTrue(output.contains("walk-through complete"), output);
    }

    @Test
    void aLicenseIsIssuedActivatedValidatedMarkedPastDueAndRestoredByPayment() {
        String product = sales.product();
        String account = sales.account("Contoso Holding");
        String organization = sales.organization(account, "Contoso GmbH");
        String billingRef = "sub_" + UUID.randomUUID();
        Sales.Issued license = sales.license(product, account, Map.of("finance", 10, "hr", 2), 2, billingRef);

        Map<String, Object> request = activationRequest(license, organization, product, "fp-" + UUID.randomUUID());
        await().atMost(EVENTUAL).untilAsserted(() ->
                given(activation).body(request).post("/api/v1/activations/preview")
                        .then().statusCode(200).body("wouldSucceed", equalTo(true)));
        String token = given(activation).body(request).post("/api/v1/activations")
                .then().statusCode(201).extract().path("token");
        String jwks = given(activation).get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        assertEquals(license.serial(), TokenVerifier.fromJwks(jwks).verify(token, TokenClaims.ACTIVATION_TYPE).getSubject());
        validate(license, request).body("valid", equalTo(true)).body("code", equalTo("VALID"));

        String invoice = "in_" + UUID.randomUUID();
        billingProvider.invoice("invoice.created", billingRef, invoice, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(EVENTUAL).untilAsserted(() ->
                validate(license, request).body("code", equalTo("PAST_DUE")).body("valid", equalTo(true)));
        await().atMost(EVENTUAL).untilAsserted(() ->
                given(sales.issuer()).get("/api/v1/licenses/{id}", license.id()).then().body("status", equalTo("PAST_DUE")));

        billingProvider.invoice("invoice.paid", billingRef, invoice, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(EVENTUAL).untilAsserted(() -> validate(license, request).body("code", equalTo("VALID")));
    }

    @Test
    void reducedSeatsNameTheExcessUsersUntilTheCustomerRemovesThem() {
        String product = sales.product();
        String account = sales.account("Fabrikam");
        String organization = sales.organization(account, "Fabrikam AG");
        Sales.Issued license = sales.license(product, account, Map.of("finance", 5, "hr", 3), 2, "sub_" + UUID.randomUUID());
        Map<String, Object> request = activationRequest(license, organization, product, "fp-" + UUID.randomUUID());
        String activationId = await().atMost(EVENTUAL).until(() -> given(activation).body(request)
                .post("/api/v1/activations").then().extract(), r -> r.statusCode() == 201).path("activationId");
        seats(activationId, license, "alice", "bob", "carol").statusCode(200).body("assigned", equalTo(3));

        sales.changeSeats(license.id(), Map.of("finance", 5, "hr", 1));
        await().atMost(EVENTUAL).untilAsserted(() -> validate(license, request)
                .body("valid", equalTo(false)).body("code", equalTo("EXCESS_SEAT_ASSIGNMENTS"))
                .body("excess[0].module", equalTo("hr")).body("excess[0].seats", equalTo(1))
                .body("excess[0].assigned", equalTo(3))
                .body("excess[0].users", containsInAnyOrder("alice", "bob", "carol")));

        seats(activationId, license, "alice").statusCode(200).body("seats", equalTo(1)).body("assigned", equalTo(1));
        validate(license, request).body("valid", equalTo(true)).body("code", equalTo("VALID"));
    }

    @Test
    void customerSystemsKeepActivatingAndValidatingWhileTheIssuerIsDown() {
        String product = sales.product();
        String account = sales.account("Northwind");
        String organization = sales.organization(account, "Northwind Traders");
        Sales.Issued license = sales.license(product, account, Map.of("finance", 5), 3, "sub_" + UUID.randomUUID());
        Map<String, Object> first = activationRequest(license, organization, product, "fp-" + UUID.randomUUID());
        await().atMost(EVENTUAL).untilAsserted(() ->
                given(activation).body(first).post("/api/v1/activations/preview").then().body("wouldSucceed", equalTo(true)));

        SYSTEM.stop("issuer-service");
        try {
            given(activation).body(first).post("/api/v1/activations").then().statusCode(201);
            Map<String, Object> second = activationRequest(license, organization, product, "fp-" + UUID.randomUUID());
            given(activation).body(second).post("/api/v1/activations").then().statusCode(201);
            validate(license, first).body("code", equalTo("VALID"));
            validate(license, second).body("code", equalTo("VALID"));
        } finally {
            SYSTEM.up(false);
        }
    }

    @Test
    void aSubscriptionRenewalExtendsTheLicenseInTheIssuerAndItsNewTokens() {
        String product = sales.product();
        String account = sales.account("Tailspin");
        sales.organization(account, "Tailspin Toys");
        String billingRef = "sub_" + UUID.randomUUID();
        Sales.Issued license = sales.license(product, account, Map.of("finance", 5), 1, billingRef);
        String before = given(sales.issuer()).get("/api/v1/licenses/{id}/token", license.id()).then().statusCode(200)
                .extract().asString();

        Instant periodEnd = Instant.parse("2032-06-30T00:00:00Z");
        await().atMost(EVENTUAL).untilAsserted(() -> {
            billingProvider.subscriptionRenewed(billingRef, periodEnd);
            given(sales.issuer()).get("/api/v1/licenses/{id}", license.id())
                    .then().body("expiresAt", equalTo(periodEnd.toString()));
        });
        String after = given(sales.issuer()).get("/api/v1/licenses/{id}/token", license.id()).then().extract().asString();
        assertNotEquals(before, after);
        String jwks = given(sales.issuer()).get("/.well-known/jwks.json").then().extract().asString();
        assertEquals(periodEnd, TokenVerifier.fromJwks(jwks).verify(after, TokenClaims.LICENSE_TYPE)
                .getExpirationTime().toInstant());
    }

    @Test
    void supportMovesAKeyActivatedIntoTheWrongOrganization() {
        String product = sales.product();
        String account = sales.account("Litware");
        String right = sales.organization(account, "Litware Inc");
        String wrong = sales.organization(account, "Litware Labs");
        Sales.Issued license = sales.license(product, account, Map.of("finance", 5), 2, "sub_" + UUID.randomUUID());
        String fingerprint = "fp-" + UUID.randomUUID();
        Map<String, Object> inWrong = activationRequest(license, wrong, product, fingerprint);
        await().atMost(EVENTUAL).until(() -> given(activation).body(inWrong).post("/api/v1/activations")
                .then().extract().statusCode() == 201);
        given(activation).body(activationRequest(license, right, product, fingerprint)).post("/api/v1/activations")
                .then().statusCode(409).body("code", equalTo("LICENSE_BOUND_TO_OTHER_ORGANIZATION"));

        given(support).body(Map.of("toOrganizationId", right, "reason", "customer activated into the lab organization"))
                .post("/api/v1/support/serials/{serial}/reassignments", license.serial()).then().statusCode(200);
        validate(license, inWrong).body("valid", equalTo(false)).body("code", equalTo("REASSIGNED"));
        given(activation).body(activationRequest(license, right, product, fingerprint)).post("/api/v1/activations")
                .then().statusCode(201);
        given(support).queryParam("serial", license.serial()).get("/api/v1/audit").then().statusCode(200)
                .body("action", hasItem("reassign"))
                .body("find { it.action == 'reassign' }.reason", equalTo("customer activated into the lab organization"));
    }

    @Test
    void aLicenseMovesToAnotherAccountOnlyOnceTheIssuerConfirmsIt() {
        String product = sales.product();
        String seller = sales.account("Adventure Works");
        String sold = sales.organization(seller, "Adventure Works Cycles");
        String buyer = sales.account("Fabrikam Holding");
        String target = sales.organization(buyer, "Fabrikam Cycles");
        Sales.Issued license = sales.license(product, seller, Map.of("finance", 5), 2, "sub_" + UUID.randomUUID());
        Map<String, Object> inSold = activationRequest(license, sold, product, "fp-" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> given(activation).body(inSold).post("/api/v1/activations")
                .then().extract().statusCode() == 201);

        given(support).body(Map.of("toOrganizationId", target, "reason", "subsidiary sold"))
                .post("/api/v1/support/serials/{serial}/reassignments", license.serial())
                .then().statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        given(support).body(Map.of("toOrganizationId", target, "transferAccount", true, "reason", "subsidiary sold"))
                .post("/api/v1/support/serials/{serial}/reassignments", license.serial())
                .then().statusCode(202).body("accountTransfer.status", equalTo("PENDING"));

        await().atMost(EVENTUAL).untilAsserted(() -> given(support)
                .get("/api/v1/support/serials/{serial}", license.serial())
                .then().body("accountTransfer.status", equalTo("COMPLETED")));
        given(sales.issuer()).get("/api/v1/licenses/{id}", license.id()).then().body("accountId", equalTo(buyer));
        validate(license, inSold).body("code", equalTo("REASSIGNED"));
        given(activation).body(activationRequest(license, target, product, "fp-" + UUID.randomUUID()))
                .post("/api/v1/activations").then().statusCode(201);
    }

    private static ValidatableResponse validate(Sales.Issued license, Map<String, Object> activationRequest) {
        return given(activation).body(Map.of("serial", license.serial(), "fingerprint",
                        activationRequest.get("fingerprint"), "productVersion", "1.0.0", "cdKey", license.cdKey()))
                .post("/api/v1/validations").then().statusCode(200);
    }

    private static ValidatableResponse seats(String activationId, Sales.Issued license, String... users) {
        return given(activation).body(Map.of("cdKey", license.cdKey(), "users", List.of(users)))
                .put("/api/v1/activations/{id}/seats/{module}", activationId, "hr").then();
    }
}
