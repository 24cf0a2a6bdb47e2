package com.licenseforge.notification;

import com.licenseforge.common.testing.StaffTokens;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** The notifications of a license as staff read them. */
public final class Mails {

    public static final String SALES = StaffTokens.bearer("sam.sales", "sales");

    private Mails() {
    }

    public static List<Map<String, Object>> of(UUID licenseId) {
        JsonPath page = given().header("Authorization", SALES).get("/api/v1/licenses/{id}/notifications", licenseId)
                .then().statusCode(200).extract().jsonPath();
        return page.getList("$");
    }

    /**
     * Waits until the license's notifications satisfy {@code condition} (events arrive through Kafka; the first test
     * of a run also waits for the consumer group's first assignment, which took over 30 s on a loaded machine).
     */
    public static List<Map<String, Object>> await(UUID licenseId, Predicate<List<Map<String, Object>>> condition) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> of(licenseId), condition);
    }

    public static Predicate<List<Map<String, Object>>> count(int n) {
        return mails -> mails.size() == n;
    }
}
