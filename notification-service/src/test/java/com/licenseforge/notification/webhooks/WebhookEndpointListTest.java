package com.licenseforge.notification.webhooks;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.notification.Issuer;
import com.licenseforge.notification.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the staff console shows of the endpoints: the list without secrets, the event types, and enabling again. */
@QuarkusTest
class WebhookEndpointListTest {

    private static final String ADMIN = StaffTokens.bearer("ada.admin", "admin");

    @Inject
    WebhookSender sender;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    void theEventTypesAreEveryPublishedTypeButThoseForMailOnly() throws IllegalAccessException {
        List<String> published = new java.util.ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                published.add((String) field.get(null));
            }
        }
        published.remove(EventTypes.LICENSE_DELIVERY_SEALED);
        published.remove(EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED);
        List<String> offered = as(ADMIN).get("/api/v1/webhook-event-types").then().statusCode(200)
                .extract().jsonPath().getList("$", String.class);
        assertEquals(published.stream().sorted().toList(), offered.stream().sorted().toList());
        as(StaffTokens.bearer("sam.sales", "sales")).get("/api/v1/webhook-event-types").then().statusCode(403);
    }

    @Test
    void anEndpointFailingForDaysIsListedDisabledWithWhyAndAnAdminEnablesItAgainAudited() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String endpoint = as(ADMIN).body(Map.of("url", receiver.url("/gone"), "events",
                            List.of(EventTypes.LICENSE_RENEWED), "description", "ERP"))
                    .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("id");
            as(ADMIN).get("/api/v1/webhook-endpoints/{e}", endpoint).then().statusCode(200)
                    .body("enabled", equalTo(true)).body("lastDelivery", nullValue()).body("secret", nullValue());

            LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, UUID.randomUUID(), null, null,
                    SalesStatus.ACTIVE);
            Issuer.license(EventTypes.LICENSE_RENEWED, license);
            await().atMost(Duration.ofSeconds(30)).until(() -> as(ADMIN).get("/api/v1/webhook-endpoints/{e}", endpoint)
                    .then().extract().path("lastDelivery") != null);
            sender.deliverDue();                           // fails: the receiver answers 404
            clock.advance(Duration.ofDays(3).plusMinutes(1));
            sender.deliverDue();                           // fails again, three days later: disabled

            List<Map<String, Object>> listed = as(ADMIN).queryParam("size", 200).get("/api/v1/webhook-endpoints")
                    .then().statusCode(200).body("secret", not(hasItem(notNullValue())))
                    .extract().jsonPath().getList("findAll { it.id == '" + endpoint + "' }");
            assertEquals(1, listed.size());
            Map<String, Object> shown = listed.get(0);
            assertEquals(false, shown.get("enabled"));
            assertEquals(List.of(EventTypes.LICENSE_RENEWED), shown.get("events"));
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) shown.get("lastDelivery");
            assertEquals(404, last.get("lastStatusCode"));
            assertEquals(2, last.get("attempts"));
            assertEquals(true, shown.get("disabledAt") != null && shown.get("failingSince") != null, shown.toString());

            as(StaffTokens.bearer("sam.sales", "sales")).post("/api/v1/webhook-endpoints/{e}/enablements", endpoint)
                    .then().statusCode(403);
            as(ADMIN).post("/api/v1/webhook-endpoints/{e}/enablements", UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
            as(ADMIN).post("/api/v1/webhook-endpoints/{e}/enablements", endpoint).then().statusCode(200)
                    .body("enabled", equalTo(true)).body("disabledAt", nullValue()).body("failingSince", nullValue());
            as(ADMIN).post("/api/v1/webhook-endpoints/{e}/enablements", endpoint).then().statusCode(200);
            assertEquals(1L, ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = "
                    + "'enable webhook endpoint' AND target_id = :id AND actor = 'ada.admin'")
                    .setParameter("id", endpoint).getSingleResult()).longValue(), "audited once: the second changed nothing");
        }
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }
}
