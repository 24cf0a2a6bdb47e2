package com.licenseforge.issuer.selfservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.CustomerTestTokens;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The customer side of the issuer: sign-in by a one-time link bound to the asking browser, by serial and CD key,
 * session renewal, and the licenses a customer token reaches, never another account's.
 */
@QuarkusTest
class CustomerPortalTest {

    @Inject
    SigninLinkRepository links;

    private static String binding(String secret) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static RequestSpecification customer(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    private static String accountWithContact(String email, String language) {
        String account = Fixtures.account();
        sales().body(List.of(Map.of("email", email, "language", language, "topics", List.of("LICENSES"))))
                .put("/api/v1/accounts/{id}/contacts", account).then().statusCode(200);
        return account;
    }

    /** Asks for a link in the browser keeping {@code secret}; answers the code from the event. */
    private static String requestLink(String email, String account, String secret) throws Exception {
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            given().contentType(ContentType.JSON).body(Map.of("email", email, "browserBinding", binding(secret)))
                    .post("/api/v1/customer/signin-links").then().statusCode(202).body(equalTo("{}"));
            JsonNode event = probe.await(e -> "customer.signin-link-requested".equals(e.path("type").asText())
                    && account.equals(e.path("payload").path("accountId").asText()), Duration.ofSeconds(20));
            assertEquals("de", event.path("payload").path("language").asText());
            return event.path("payload").path("code").asText();
        }
    }

    @Test
    void aLinkSignsInOnceAndOnlyInTheBrowserThatAskedForIt() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@contoso.example";
        String account = accountWithContact(email, "de");
        String code = requestLink(email.toUpperCase(), account, "secret-of-the-asking-browser");

        given().contentType(ContentType.JSON).body(Map.of("code", code, "browserBindingSecret", "secret-of-another-browser"))
                .post("/api/v1/customer/sessions").then().statusCode(401).body("code", equalTo("SIGNIN_LINK_INVALID"));
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "browserBindingSecret", "secret-of-the-asking-browser"))
                .post("/api/v1/customer/sessions").then().statusCode(201)
                .body("accountId", equalTo(account)).body("actor", equalTo(email))
                .body("expiresAt", notNullValue()).body("sessionEndsAt", notNullValue())
                .extract().path("token");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "browserBindingSecret", "secret-of-the-asking-browser"))
                .post("/api/v1/customer/sessions").then().statusCode(401).body("code", equalTo("SIGNIN_LINK_INVALID"));

        customer("Bearer " + token).post("/api/v1/customer/sessions/renewals").then().statusCode(201)
                .body("accountId", equalTo(account)).body("actor", equalTo(email));
        as(Fixtures.ADMIN).queryParam("actor", email).get("/api/v1/audit").then().statusCode(200)
                .body("action", hasItem("sign in")).body("role", hasItem("portal"));
    }

    @Test
    void anExpiredLinkIsRefusedAsAnyOther() throws Exception {
        String email = "exp-" + UUID.randomUUID() + "@contoso.example";
        String account = accountWithContact(email, "de");
        String code = requestLink(email, account, "secret-of-the-asking-browser");
        QuarkusTransaction.requiringNew().run(() -> links.update("expiresAt = ?1 where accountId = ?2",
                Instant.now().minusSeconds(1), UUID.fromString(account)));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "browserBindingSecret", "secret-of-the-asking-browser"))
                .post("/api/v1/customer/sessions").then().statusCode(401).body("code", equalTo("SIGNIN_LINK_INVALID"));
        given().contentType(ContentType.JSON).body(Map.of("code", "made-up", "browserBindingSecret", "secret-of-the-asking-browser"))
                .post("/api/v1/customer/sessions").then().statusCode(401).body("code", equalTo("SIGNIN_LINK_INVALID"));
    }

    /** A request as the portal passes it on for a browser at {@code address} (tests stand in for the trusted portal). */
    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoLinkAndBothAreThrottledAlike() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@elsewhere.example";
        for (int i = 0; i < 5; i++) {
            from("203.0.113.21").body(Map.of("email", unknown, "browserBinding", binding("s")))
                    .post("/api/v1/customer/signin-links").then().statusCode(202).body(equalTo("{}"));
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> links.count("lower(email) = ?1", unknown)));
        from("203.0.113.21").body(Map.of("email", unknown, "browserBinding", binding("s")))
                .post("/api/v1/customer/signin-links").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("TOO_MANY_REQUESTS"));
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-address", "browserBinding", binding("s")))
                .post("/api/v1/customer/signin-links").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("email", unknown, "browserBinding", "short"))
                .post("/api/v1/customer/signin-links").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void aStrangerAskingForLinksWithoutEndDoesNotKeepTheContactFromTheirs() throws Exception {
        String email = "victim-" + UUID.randomUUID() + "@contoso.example";
        String account = accountWithContact(email, "de");
        for (int i = 0; i < 5; i++) {
            from("203.0.113.22").body(Map.of("email", email, "browserBinding", binding("stranger")))
                    .post("/api/v1/customer/signin-links").then().statusCode(202);
        }
        from("203.0.113.22").body(Map.of("email", email, "browserBinding", binding("stranger")))
                .post("/api/v1/customer/signin-links").then().statusCode(429);
        // the stranger's address behind another portal hop ("client, portal's peer") is the same address
        given().header("X-Forwarded-For", "198.51.100.99, 203.0.113.22").contentType(ContentType.JSON)
                .body(Map.of("email", email, "browserBinding", binding("stranger")))
                .post("/api/v1/customer/signin-links").then().statusCode(429);

        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            from("198.51.100.23").body(Map.of("email", email, "browserBinding", binding("the contact's browser")))
                    .post("/api/v1/customer/signin-links").then().statusCode(202);
            String code = probe.await(e -> "customer.signin-link-requested".equals(e.path("type").asText())
                    && account.equals(e.path("payload").path("accountId").asText()), Duration.ofSeconds(20))
                    .path("payload").path("code").asText();
            given().contentType(ContentType.JSON).body(Map.of("code", code, "browserBindingSecret", "the contact's browser"))
                    .post("/api/v1/customer/sessions").then().statusCode(201).body("accountId", equalTo(account));
        }
    }

    @Test
    void aSerialAndCdKeyReachThatLicenseOnlyAndWrongPairsLockTheAddressThatSentThem() {
        var issued = Fixtures.license(Map.of());
        String license = issued.path("id");
        String serial = issued.path("serial");
        String other = Fixtures.licenseId();
        String token = from("198.51.100.24").body(Map.of("serial", serial, "cdKey", issued.path("cdKey")))
                .post("/api/v1/customer/sessions").then().statusCode(201)
                .body("licenseId", equalTo(license)).body("actor", equalTo("serial:" + serial))
                .extract().path("token");
        customer("Bearer " + token).get("/api/v1/customer/licenses").then().statusCode(200)
                .body("id", contains(license));
        customer("Bearer " + token).get("/api/v1/customer/licenses/{id}", other).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        customer("Bearer " + token).get("/api/v1/customer/licenses/{id}/file", other).then().statusCode(404);

        for (int i = 0; i < 5; i++) {
            from("203.0.113.24").body(Map.of("serial", serial, "cdKey", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"))
                    .post("/api/v1/customer/sessions").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        from("203.0.113.24").body(Map.of("serial", serial, "cdKey", issued.path("cdKey")))
                .post("/api/v1/customer/sessions").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("TOO_MANY_REQUESTS"));
        // the holder, at an address of their own, is not locked out by the stranger's guesses
        from("198.51.100.24").body(Map.of("serial", serial, "cdKey", issued.path("cdKey")))
                .post("/api/v1/customer/sessions").then().statusCode(201).body("licenseId", equalTo(license));
        given().contentType(ContentType.JSON).body(Map.of("serial", serial, "code", "x"))
                .post("/api/v1/customer/sessions").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void anAccountTokenReachesItsAccountsLicensesOnly() {
        var a = Fixtures.license(Map.of());
        String accountA = a.path("accountId");
        String licenseA = a.path("id");
        String licenseB = Fixtures.licenseId();
        String bearer = CustomerTestTokens.account("ada@contoso.example", accountA, Instant.now());

        customer(bearer).get("/api/v1/customer/licenses").then().statusCode(200)
                .body("id", contains(licenseA)).body("[0].productName", equalTo("Acme ERP"))
                .body("[0].modules.finance", equalTo(10)).body("[0].status", equalTo("ACTIVE"));
        customer(bearer).get("/api/v1/customer/licenses/{id}", licenseA).then().statusCode(200)
                .body("serial", equalTo(a.path("serial"))).body("cdKey", equalTo(null));
        customer(bearer).get("/api/v1/customer/licenses/{id}", licenseB).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        customer(bearer).get("/api/v1/customer/licenses/{id}/file", licenseB).then().statusCode(404);
        String file = customer(bearer).get("/api/v1/customer/licenses/{id}/file", licenseA).then().statusCode(200)
                .contentType(ContentType.TEXT).extract().asString();
        assertFalse(file.isBlank());
        as(Fixtures.SUPPORT).queryParam("serial", (String) a.path("serial")).get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.actor == 'ada@contoso.example' }.action", hasItem("download license file"))
                .body("findAll { it.actor == 'ada@contoso.example' }.role", hasItem("portal"));
    }

    @Test
    void customerAndStaffTokensNeverPassTheOtherKindOfEndpoint() {
        var a = Fixtures.license(Map.of());
        String bearer = CustomerTestTokens.account("ada@contoso.example", a.path("accountId"), Instant.now());
        customer(bearer).get("/api/v1/licenses/{id}", (String) a.path("id")).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        customer(Fixtures.ADMIN).get("/api/v1/customer/licenses").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/customer/licenses").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        customer(bearer + "x").get("/api/v1/customer/licenses").then().statusCode(401);
    }

    @Test
    void aSessionIsNeverRenewedPastEightHoursAfterTheSignIn() {
        Instant now = Instant.now();
        CustomerScope scope = CustomerScope.account("ada@contoso.example", UUID.randomUUID(),
                now.minus(Duration.ofHours(8)).minusSeconds(10));
        String token = CustomerTestTokens.minted(scope, now.minusSeconds(20));
        customer("Bearer " + token).post("/api/v1/customer/sessions/renewals").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
    }
}
