package com.licenseforge.issuer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lists a staff console reads: search, totals, neighbouring pages, order, and refusals of bad filters. */
@QuarkusTest
class StaffLookupTest {

    /** A name prefix no other test uses, so totals count only this test's data. */
    private static String unique() {
        return "lk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String account(String name, String externalRef) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name));
        if (externalRef != null) {
            body.put("externalRef", externalRef);
        }
        return sales().body(body).post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    private static String organization(String accountId, String name) {
        return sales().body(Map.of("name", name)).post("/api/v1/accounts/{id}/organizations", accountId)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void accountsAreFoundByTheStartOfNameOrExternalReferenceInAnyCasePageByPage() {
        String tag = unique();
        String beta = account(tag + " Beta", null);
        String alpha = account(tag.toUpperCase() + " Alpha", null);
        String byRef = account("Zz Other " + tag, tag + "-crm");
        account("Other " + tag, null); // the tag inside the name is no prefix

        ExtractableResponse<Response> first = as(Fixtures.SUPPORT).queryParam("q", tag.toUpperCase())
                .queryParam("size", 2).get("/api/v1/accounts")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", contains(alpha, beta))
                .body("[0].organizations", nullValue())
                .extract();
        assertEquals("</api/v1/accounts?q=" + tag.toUpperCase() + "&page=1&size=2>; rel=\"next\"", first.header("Link"));
        ExtractableResponse<Response> second = as(Fixtures.BILLING).queryParam("q", tag).queryParam("size", 2)
                .queryParam("page", 1).get("/api/v1/accounts")
                .then().statusCode(200).header("X-Total-Count", "3").body("id", contains(byRef))
                .body("[0].externalRef", equalTo(tag + "-crm")).extract();
        assertEquals("</api/v1/accounts?q=" + tag + "&page=0&size=2>; rel=\"prev\"", second.header("Link"));
        sales().queryParam("q", tag).get("/api/v1/accounts")
                .then().statusCode(200).header("X-Total-Count", "3").header("Link", nullValue());
        // LIKE's wildcards are plain characters in a search
        sales().queryParam("q", tag.substring(0, 4) + "%").get("/api/v1/accounts")
                .then().statusCode(200).header("X-Total-Count", "0").body("$", hasSize(0));
        sales().queryParam("q", tag.substring(0, 4) + "_" + tag.substring(5)).get("/api/v1/accounts")
                .then().statusCode(200).header("X-Total-Count", "0");
        // without q every account is listed, the total counting all pages
        int all = Integer.parseInt(sales().queryParam("size", 1).get("/api/v1/accounts")
                .then().statusCode(200).body("$", hasSize(1)).extract().header("X-Total-Count"));
        assertTrue(all >= 4, "all accounts counted: " + all);
    }

    @Test
    void organizationsAreFoundWithTheirAccountForAPicker() {
        String tag = unique();
        String holding = account(tag + " Holding", null);
        String gmbh = organization(holding, tag + " GmbH");
        String ag = organization(holding, tag + " AG");
        String fabrikam = account("Fabrikam", null);
        String unit = organization(fabrikam, tag + " Unit");

        as(Fixtures.SUPPORT).queryParam("q", tag.toUpperCase()).get("/api/v1/organizations")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", contains(unit, ag, gmbh)) // account name first: Fabrikam before the tag's holding
                .body("accountName", contains("Fabrikam", tag + " Holding", tag + " Holding"))
                .body("accountId", contains(fabrikam, holding, holding));
        as(Fixtures.SUPPORT).queryParam("accountId", holding).get("/api/v1/organizations")
                .then().statusCode(200).header("X-Total-Count", "2").body("id", contains(ag, gmbh))
                .body("name", contains(tag + " AG", tag + " GmbH"));
        as(Fixtures.SUPPORT).queryParam("accountId", fabrikam).queryParam("q", tag + " G").get("/api/v1/organizations")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void theCatalogueListsProductsWithModulesAndVersions() {
        String first = Fixtures.product("finance", "hr");
        String second = Fixtures.product("crm");
        sales().body(Map.of("version", "2.0.0", "releasedAt", "2026-03-01T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", first).then().statusCode(201);

        ExtractableResponse<Response> page = as(Fixtures.SUPPORT).queryParam("size", 500).get("/api/v1/products")
                .then().statusCode(200).extract();
        List<String> codes = page.path("code");
        assertEquals(String.valueOf(codes.size()), page.header("X-Total-Count"));
        assertEquals(codes.stream().sorted().toList(), codes, "by code");
        assertTrue(codes.containsAll(List.of(first, second)));
        assertEquals(List.of("finance", "hr"), page.path("find { it.code == '" + first + "' }.modules"));
        assertEquals("2.0.0", page.path("find { it.code == '" + first + "' }.versions[0].version"));
        as(Fixtures.BILLING).queryParam("size", 1).queryParam("page", codes.size()).get("/api/v1/products")
                .then().statusCode(200).body("$", hasSize(0))
                .header("X-Total-Count", String.valueOf(codes.size()))
                .header("Link", "</api/v1/products?page=" + (codes.size() - 1) + "&size=1>; rel=\"prev\"");
    }

    @Test
    void licensesAreFoundByProductExpiryBillingReferenceAndStatusInTheOrderAsked() {
        String product = Fixtures.product("finance");
        String account = Fixtures.account();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String in10 = issue(product, account, now.plus(Duration.ofDays(10)), null);
        String in40 = issue(product, account, now.plus(Duration.ofDays(40)), null);
        String perpetual = issue(product, account, null, null);
        String ref = "sub_" + unique();
        String in20 = issue(product, account, now.plus(Duration.ofDays(20)), ref);
        sales().body(Map.of("reason", "chargeback")).post("/api/v1/licenses/{id}/suspend", in40).then().statusCode(200);

        as(Fixtures.BILLING).queryParam("productCode", product).get("/api/v1/licenses")
                .then().statusCode(200).header("X-Total-Count", "4")
                .body("id", contains(in20, perpetual, in40, in10)); // newest first by default
        // expiring within 30 days, soonest first: what a home page asks
        as(Fixtures.SALES).queryParam("productCode", product).queryParam("status", "ACTIVE")
                .queryParam("expiresFrom", now.toString()).queryParam("expiresTo", now.plus(Duration.ofDays(30)).toString())
                .queryParam("sort", "expiresAt").get("/api/v1/licenses")
                .then().statusCode(200).header("X-Total-Count", "2").body("id", contains(in10, in20));
        // perpetual licenses last in either direction
        sales().queryParam("accountId", account).queryParam("sort", "-expiresAt").get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(in40, in20, in10, perpetual));
        sales().queryParam("accountId", account).queryParam("sort", "expiresAt").get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(in10, in20, in40, perpetual));
        sales().queryParam("billingRef", ref).get("/api/v1/licenses")
                .then().statusCode(200).header("X-Total-Count", "1").body("id", contains(in20))
                .body("[0].billingRef", equalTo(ref));
        sales().queryParam("productCode", product).queryParam("status", "SUSPENDED").get("/api/v1/licenses")
                .then().statusCode(200).header("X-Total-Count", "1").body("id", contains(in40))
                .body("status", everyItem(equalTo("SUSPENDED")));

        List<String> serials = sales().queryParam("accountId", account).queryParam("sort", "serial")
                .get("/api/v1/licenses").then().statusCode(200).extract().path("serial");
        assertEquals(serials.stream().sorted().toList(), serials);

        ExtractableResponse<Response> middle = sales().queryParam("productCode", product).queryParam("sort", "-createdAt")
                .queryParam("size", 1).queryParam("page", 1).get("/api/v1/licenses")
                .then().statusCode(200).header("X-Total-Count", "4").body("id", contains(perpetual)).extract();
        assertEquals("</api/v1/licenses?productCode=" + product + "&sort=-createdAt&page=2&size=1>; rel=\"next\", "
                + "</api/v1/licenses?productCode=" + product + "&sort=-createdAt&page=0&size=1>; rel=\"prev\"",
                middle.header("Link"));
        // each link leads to its neighbour
        sales().get(middle.header("Link").substring(1, middle.header("Link").indexOf('>')))
                .then().statusCode(200).body("id", contains(in40));
    }

    private static String issue(String product, String account, Instant expiresAt, String billingRef) {
        Map<String, Object> body = new HashMap<>(Map.of("productCode", product, "accountId", account,
                "modules", Map.of("finance", 1), "maxActivations", 1));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        if (billingRef != null) {
            body.put("billingRef", billingRef);
        }
        return sales().body(body).post("/api/v1/licenses").then().statusCode(201).extract().path("id");
    }

    @Test
    void unknownRepeatedAndBadFiltersAreRefusedNeverIgnored() {
        Map<String, Map<String, String>> refused = Map.of(
                "/api/v1/licenses", Map.of("statu", "ACTIVE", "sort", "price", "productCode", "ERP!",
                        "expiresFrom", "tomorrow", "billingRef", "x".repeat(121), "size", "501"),
                "/api/v1/accounts", Map.of("name", "Contoso", "q", "x".repeat(101), "page", "-1"),
                "/api/v1/organizations", Map.of("accountId", "not-a-uuid", "q", " ", "accountName", "x"),
                "/api/v1/products", Map.of("q", "erp", "size", "0"));
        refused.forEach((path, parameters) -> parameters.forEach((name, value) ->
                sales().queryParam(name, value).get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", equalTo(name))));
        sales().queryParam("status", "ACTIVE", "SUSPENDED").get("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("status"));
        sales().queryParam("q", "\u0001contoso").get("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        sales().queryParam("expiresFrom", "2027-01-01T00:00:00Z").queryParam("expiresTo", "2026-01-01T00:00:00Z")
                .get("/api/v1/licenses").then().statusCode(400).body("errors[0].field", equalTo("expiresTo"));
    }

    @Test
    void adminSeesTheSigningKeysWithTheCurrentOneFirst() {
        String rotated = as(Fixtures.ADMIN).post("/api/v1/admin/signing-keys/rotations")
                .then().statusCode(200).extract().path("kid");
        ExtractableResponse<Response> keys = as(Fixtures.ADMIN).get("/api/v1/admin/signing-keys")
                .then().statusCode(200)
                .body("[0].kid", equalTo(rotated))
                .body("[0].current", equalTo(true))
                .body("[0].curve", equalTo("Ed25519"))
                .body("[0].issuedAt", notNullValue())
                .body("[1].current", equalTo(false))
                .extract();
        List<String> kids = keys.path("kid");
        assertEquals(String.valueOf(kids.size()), keys.header("X-Total-Count"));
        List<String> published = given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys.kid");
        assertEquals(published.size(), kids.size());
        assertTrue(published.containsAll(kids));
        as(Fixtures.ADMIN).queryParam("size", 1).get("/api/v1/admin/signing-keys")
                .then().statusCode(200).body("kid", contains(rotated));
    }

    @Test
    void theOpenApiDocumentDeclaresPagingAndTotals() {
        for (String operation : List.of("/api/v1/accounts", "/api/v1/organizations", "/api/v1/products",
                "/api/v1/licenses", "/api/v1/admin/signing-keys")) {
            given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("paths.'" + operation + "'.get.parameters.'$ref'", hasItems(
                            "#/components/parameters/Page", "#/components/parameters/Size"))
                    .body("paths.'" + operation + "'.get.responses.'200'.headers.keySet()",
                            containsInAnyOrder("X-Total-Count", "Link", "X-Request-Id"))
                    .body("paths.'" + operation + "'.get.responses.'400'.content.'application/problem+json'.schema.allOf[1].properties.code.enum",
                            contains("VALIDATION_FAILED"));
        }
        given().queryParam("format", "json").get("/q/openapi").then()
                .body("components.parameters.Size.schema.maximum", equalTo(500))
                .body("components.headers.TotalCount.schema.type", equalTo("integer"));
    }
}
