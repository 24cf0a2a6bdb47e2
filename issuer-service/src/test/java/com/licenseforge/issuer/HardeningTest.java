package com.licenseforge.issuer;

import com.licenseforge.common.testing.StaffTokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a careless client or an attacker sends around the edges: tokens, headers, media types, hang-ups. */
@QuarkusTest
class HardeningTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @Test
    void staffTokensMustBeForThisAudienceShortLivedIssuedInThePastAndPrintable() {
        Instant now = Instant.now();
        List<String> refused = List.of(
                StaffTokens.otherAudience("sam.sales", "sales"),
                StaffTokens.issued("sam.sales", now, now.plus(Duration.ofDays(3650)), "sales"),
                StaffTokens.issued("sam.sales", now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), "sales"),
                StaffTokens.issued("sam\u0000sales", now, now.plus(Duration.ofHours(1)), "sales"));
        for (String token : refused) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("name", "Refused Ltd")).post("/api/v1/accounts")
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }
        given().header("Authorization", "Bearer " + StaffTokens.issued("sam.sales", now, now.plus(Duration.ofHours(8)),
                        "sales")).contentType(ContentType.JSON).body(Map.of("name", "Accepted Ltd"))
                .post("/api/v1/accounts").then().statusCode(201);
    }

    @Test
    void theLocationNeverEchoesTheHostHeader() {
        given().header("Authorization", StaffTokens.bearer("sam.sales", "sales")).header("Host", "evil.example")
                .contentType(ContentType.JSON).body(Map.of("name", "Located Ltd")).post("/api/v1/accounts")
                .then().statusCode(201).header("Location", startsWith("/api/v1/accounts/"))
                .header("Location", not(containsString("evil")));
    }

    @Test
    void jsonOperationsTakeOnlyJsonAndCoerceNothing() {
        String sales = StaffTokens.bearer("sam.sales", "sales");
        given().header("Authorization", sales).contentType("text/plain").body("{\"name\":\"Plain Ltd\"}")
                .post("/api/v1/accounts").then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().header("Authorization", sales).contentType(ContentType.JSON).body("{\"name\": true}")
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().header("Authorization", sales).contentType(ContentType.JSON).body("{\"name\":\"A\",\"name\":\"B\"}")
                .post("/api/v1/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void bodyMembersTheOperationDoesNotKnowAreRefusedByNameAndNothingIsIssued() {
        // members a newer client might send (a server without them must not issue a different license)
        Map<String, Object> issuance = Fixtures.issuance(Map.of("seatsPerUser", 2, "autoRenew", true));
        Fixtures.sales().body(issuance).post("/api/v1/licenses").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("seatsPerUser", "autoRenew"))
                .body("errors.message", everyItem(equalTo("is not a member of this request")));
        Fixtures.sales().queryParam("accountId", issuance.get("accountId")).get("/api/v1/licenses").then()
                .statusCode(200).body("size()", equalTo(0));
        Fixtures.sales().body(Map.of("name", "Contoso AG", "vatId", "DE1")).post("/api/v1/accounts/{id}/organizations",
                issuance.get("accountId")).then().statusCode(400).body("errors[0].field", equalTo("vatId"));
    }

    @Test
    void queryInstantsAreReadInEveryIsoFormClientsWrite() {
        for (String instant : List.of("2026-12-06T22:00:00.000000%2B0000", "2026-12-06T23:00:00%2B01:00",
                "2026-12-06T22:00:00.123Z", "2026-12-06T22:00Z")) {
            given().urlEncodingEnabled(false).header("Authorization", StaffTokens.bearer("sue.support", "support"))
                    .get("/api/v1/audit?from=" + instant + "&to=2126-01-01T00:00:00Z").then().statusCode(200);
        }
    }

    @Test
    void textOperationsAnswerClientsThatAcceptProblemsAndRefuseInProblemsWhateverTheAccept() {
        String id = Fixtures.licenseId();
        given().header("Authorization", Fixtures.SALES).accept("application/problem+json")
                .get("/api/v1/licenses/{id}/file", id).then().statusCode(200).contentType(startsWith("text/plain"));
        given().header("Authorization", Fixtures.SALES).accept("application/problem+json")
                .get("/api/v1/licenses/{id}/token", id).then().statusCode(200).contentType(startsWith("text/plain"));
        given().header("Authorization", Fixtures.SALES).accept("application/jwt, application/problem+json")
                .get("/api/v1/licenses/{id}/token", id).then().statusCode(200).contentType(startsWith("application/jwt"));
        given().header("Authorization", Fixtures.SALES).accept("text/plain")
                .get("/api/v1/licenses/{id}/file", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void auditQueriesAtTheExtremesAreBadInput() {
        for (String query : List.of("from=-999999999-01-01T00:00:00Z", "to=%2B999999999-12-31T23:59:59Z",
                "from=1969-12-31T23:59:59Z", "actor=%00", "page=2147483647", "page=abc", "size=0")) {
            given().urlEncodingEnabled(false).header("Authorization", StaffTokens.bearer("sue.support", "support"))
                    .get("/api/v1/audit?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    void theJwksAnswersGenericJwksClients() {
        given().accept("application/json").get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.size()", not(equalTo(0)));
    }

    @Test
    void aClientThatHangsUpMidBodyIsNoError() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        double resetBefore = resetRequests();
        try {
            for (int i = 0; i < 3; i++) {
                double connectionsBefore = gauge("http.server.active.connections");
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: " + StaffTokens.bearer("sam.sales", "sales") + "\r\n"
                            + "Content-Length: 10000\r\n\r\n{\"name\":\"Half").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    // the server is reading the body when the client goes
                    await().atMost(Duration.ofSeconds(10)).until(() -> gauge("http.server.active.requests") > 0);
                }
                // the server is done with the connection: the request's failure has been handled (or logged) by then
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> gauge("http.server.active.connections") <= connectionsBefore);
            }
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(3, resetRequests() - resetBefore, "every hang-up ends its request as reset by the client");
        assertEquals(0, gauge("http.server.active.requests"));
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }

    private double gauge(String name) {
        return registry.get(name).gauges().stream().mapToDouble(Gauge::value).sum();
    }

    private double resetRequests() {
        return registry.find("http.server.requests").tag("status", "RESET").timers().stream()
                .mapToDouble(Timer::count).sum();
    }
}
