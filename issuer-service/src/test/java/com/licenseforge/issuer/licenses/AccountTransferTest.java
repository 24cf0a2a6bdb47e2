package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Support's request, published by activation-service, to move a license to another account. */
@QuarkusTest
class AccountTransferTest {

    private static final String SALES = StaffTokens.bearer("sam.sales", "sales");

    @Test
    void aTransferToAnOrganizationOfTheTargetAccountMovesTheLicenseAndIsPublishedAndAudited() {
        Map<String, String> license = license();
        String toAccount = account("Fabrikam");
        String toOrganization = organization(toAccount);
        AccountTransferRequested request = request(license, toAccount, toOrganization);

        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            publish(request);
            JsonNode snapshot = probe.await(e -> EventTypes.LICENSE_ACCOUNT_TRANSFERRED.equals(e.path("type").asText())
                    && license.get("id").equals(e.path("licenseId").asText()), Duration.ofSeconds(20)).path("payload");
            assertEquals(toAccount, snapshot.path("accountId").asText());
            assertEquals(2, snapshot.path("version").asLong());
        }
        sales().get("/api/v1/licenses/{id}", license.get("id")).then().statusCode(200)
                .body("accountId", equalTo(toAccount));
        sales().queryParam("serial", license.get("serial")).get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'transfer account' }.actor", contains("sue.support"))
                .body("find { it.action == 'transfer account' }.role", equalTo("support"))
                .body("find { it.action == 'transfer account' }.requestId", equalTo("req-77"))
                .body("find { it.action == 'transfer account' }.reason", equalTo("sold to Fabrikam"))
                .body("find { it.action == 'transfer account' }.before.accountId", equalTo(license.get("accountId")))
                .body("find { it.action == 'transfer account' }.after.accountId", equalTo(toAccount));
    }

    @Test
    void aTransferIsRefusedForAnOrganizationOutsideTheTargetAccountOrARevokedLicense() {
        Map<String, String> license = license();
        String toAccount = account("Fabrikam");
        String elsewhere = organization(account("Northwind"));
        Map<String, String> revoked = license();
        sales().body(Map.of("reason", "fraud")).post("/api/v1/licenses/{id}/revoke", revoked.get("id"))
                .then().statusCode(200);

        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            AccountTransferRequested wrongOrganization = request(license, toAccount, elsewhere);
            publish(wrongOrganization);
            assertEquals("ORGANIZATION_NOT_IN_ACCOUNT", refusalOf(probe, wrongOrganization).path("code").asText());
            AccountTransferRequested ofRevoked = request(revoked, toAccount, organization(toAccount));
            publish(ofRevoked);
            assertEquals("REVOKED", refusalOf(probe, ofRevoked).path("code").asText());
        }
        for (Map<String, String> unchanged : List.of(license, revoked)) {
            sales().get("/api/v1/licenses/{id}", unchanged.get("id")).then().statusCode(200)
                    .body("accountId", equalTo(unchanged.get("accountId")));
        }
    }

    private static JsonNode refusalOf(EventProbe probe, AccountTransferRequested request) {
        return probe.await(e -> EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED.equals(e.path("type").asText())
                && request.transferId().toString().equals(e.path("payload").path("transferId").asText()),
                Duration.ofSeconds(20)).path("payload");
    }

    private static AccountTransferRequested request(Map<String, String> license, String toAccount,
                                                    String toOrganization) {
        return new AccountTransferRequested(UUID.randomUUID(), UUID.fromString(license.get("id")),
                license.get("serial"), UUID.fromString(license.get("accountId")), UUID.randomUUID(),
                UUID.fromString(toAccount), UUID.fromString(toOrganization), "sold to Fabrikam", "sue.support", "req-77");
    }

    private static void publish(AccountTransferRequested request) {
        TestEvents.publish(Topics.ACTIVATION_EVENTS, request.licenseId().toString(),
                EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED, request.licenseId(), request);
    }

    private static Map<String, String> license() {
        String product = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        sales().body(Map.of("code", product, "name", "Acme ERP", "modules", List.of("finance")))
                .post("/api/v1/products").then().statusCode(201);
        String account = account("Contoso Holding");
        String id = sales().body(Map.of("productCode", product, "accountId", account, "modules", Map.of("finance", 5),
                        "maxActivations", 2, "expiresAt", "2031-01-01T00:00:00Z"))
                .post("/api/v1/licenses").then().statusCode(201).extract().path("id");
        String serial = sales().get("/api/v1/licenses/{id}", id).then().extract().path("serial");
        return Map.of("id", id, "serial", serial, "accountId", account);
    }

    private static String account(String name) {
        return sales().body(Map.of("name", name)).post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    private static String organization(String accountId) {
        return sales().body(Map.of("name", "Fabrikam Ltd"))
                .post("/api/v1/accounts/{id}/organizations", accountId).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification sales() {
        return given().header("Authorization", SALES).contentType(ContentType.JSON);
    }
}
