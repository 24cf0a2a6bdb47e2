package com.licenseforge.billing.standing;

import com.licenseforge.billing.Licenses;
import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Billing lists for staff: standing by billing reference and every invoice of a license, with totals. */
@QuarkusTest
class BillingLookupTest {

    private static final List<String> READERS = List.of("billing", "support", "sales", "admin", "auditor");

    @Inject
    TestClock clock;

    private Provider provider;

    @BeforeEach
    void provider() {
        provider = new Provider(clock);
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", StaffTokens.bearer("pat." + role, role));
    }

    @Test
    void theStandingIsFoundByBillingReference() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Licenses.issued("sub_" + UUID.randomUUID());
        provider.deliver(Provider.event("invoice.created", clock.instant(),
                Provider.invoice(ref, "in_1", clock.instant().plus(Duration.ofDays(10))))).statusCode(202);

        for (String role : READERS) {
            as(role).queryParam("billingRef", ref).get("/api/v1/billing/licenses")
                    .then().statusCode(200)
                    .header("X-Total-Count", "1")
                    .header("Link", nullValue())
                    .body("licenseId", contains(license.toString()))
                    .body("[0].standing", equalTo("CURRENT"))
                    .body("[0].openInvoices.invoiceId", contains("in_1"));
        }
        as("billing").queryParam("billingRef", "sub_" + UUID.randomUUID()).get("/api/v1/billing/licenses")
                .then().statusCode(200).header("X-Total-Count", "0").body("$", hasSize(0));
        ExtractableResponse<Response> current = as("support").queryParam("standing", "CURRENT").queryParam("size", 1)
                .get("/api/v1/billing/licenses").then().statusCode(200)
                .body("standing", everyItem(equalTo("CURRENT"))).extract();
        int total = Integer.parseInt(current.header("X-Total-Count"));
        assertEquals(total >= 2, current.header("Link") != null, "a next page while more than one matches");
    }

    @Test
    void everyInvoiceOfALicenseIsListedLatestDueFirstWithItsTotal() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant now = clock.instant();
        provider.deliver(Provider.event("invoice.created", now, Provider.invoice(ref, "in_1", now.minus(Duration.ofDays(40)))))
                .statusCode(202);
        provider.deliver(Provider.event("invoice.paid", now, Map.of("billingRef", ref, "invoiceId", "in_1"))).statusCode(202);
        provider.deliver(Provider.event("invoice.created", now, Provider.invoice(ref, "in_2", now.minus(Duration.ofDays(10)))))
                .statusCode(202);
        provider.deliver(Provider.event("invoice.created", now, Provider.invoice(ref, "in_3", now.plus(Duration.ofDays(20)))))
                .statusCode(202);

        for (String role : READERS) {
            as(role).get("/api/v1/billing/licenses/{id}/invoices", license)
                    .then().statusCode(200)
                    .header("X-Total-Count", "3")
                    .body("invoiceId", contains("in_3", "in_2", "in_1"))
                    .body("status", contains("OPEN", "OPEN", "PAID"))
                    .body("[0].amountDue", equalTo(1200));
        }
        as("sales").queryParam("status", "PAID").get("/api/v1/billing/licenses/{id}/invoices", license)
                .then().statusCode(200).header("X-Total-Count", "1").body("invoiceId", contains("in_1"));
        ExtractableResponse<Response> second = as("billing").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/billing/licenses/{id}/invoices", license)
                .then().statusCode(200).header("X-Total-Count", "3").body("invoiceId", contains("in_2")).extract();
        String path = "/api/v1/billing/licenses/" + license + "/invoices";
        assertEquals("<" + path + "?page=2&size=1>; rel=\"next\", <" + path + "?page=0&size=1>; rel=\"prev\"",
                second.header("Link"));
    }

    @Test
    void unknownLicensesBadFiltersAndOtherRolesAreRefused() {
        UUID license = Licenses.issued("sub_" + UUID.randomUUID());
        as("billing").get("/api/v1/billing/licenses/{id}/invoices", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        Map<String, Map<String, String>> refused = Map.of(
                "/api/v1/billing/licenses", Map.of("standing", "LATE", "billingRef", "x".repeat(121), "licenseId",
                        license.toString(), "size", "501"),
                "/api/v1/billing/licenses/" + license + "/invoices", Map.of("status", "VOID", "page", "x", "billingRef", "x"));
        refused.forEach((path, parameters) -> parameters.forEach((name, value) ->
                as("billing").queryParam(name, value).get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", equalTo(name))));
        as("billing").queryParam("standing", "CURRENT", "PAST_DUE").get("/api/v1/billing/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("standing"));
        for (String path : List.of("/api/v1/billing/licenses", "/api/v1/billing/licenses/" + license + "/invoices")) {
            given().get(path).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
            as("guest").get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }
}
