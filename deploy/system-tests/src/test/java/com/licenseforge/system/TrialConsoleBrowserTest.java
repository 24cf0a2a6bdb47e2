package com.licenseforge.system;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trials in the staff console, in a real browser over the running services: sales sees this week's trials and each
 * product's conversion on the home page, and converts a trial to a paid license from its license page with the
 * form prefilled from the product's trial policy, the CD key shown once.
 */
@ExtendWith(RunningSystem.class)
class TrialConsoleBrowserTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final String CONSOLE = StaffConsole.URL;

    @Test
    void salesSeesThisWeeksTrialsAndConvertsOneFromItsLicensePage() {
        Sales sales = new Sales(SystemCalls.staff(SYSTEM, LocalSystem.ISSUER_PORT, "sales"));
        String product = sales.product();
        Instant nextMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        // as long as the week has a whole day left, the trial ends within it
        long daysLeftInWeek = Math.max(1, Duration.between(Instant.now(), nextMonday).toDays());
        given(sales.issuer()).body(Map.of("enabled", true, "durationDays", daysLeftInWeek, "modules", Map.of("finance", 2),
                "maxActivations", 1)).put("/api/v1/products/{code}/trial-policy", product).then().statusCode(200);
        String organization = "Tailspin " + UUID.randomUUID().toString().substring(0, 6);
        String email = "it-" + UUID.randomUUID() + "@tailspin.example";
        ExtractableResponse<Response> trial = startTrial(product, organization, email);
        String trialId = trial.path("licenseId");
        String trialSerial = trial.path("serial");
        boolean endsThisWeek = Instant.parse(trial.path("trialEndsAt")).isBefore(nextMonday);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given(sales.issuer())
                .get("/api/v1/trials/{id}", trialId).then().statusCode(200));
        String account = given(sales.issuer()).get("/api/v1/licenses/{id}", trialId).then().extract().path("accountId");
        Path screenshots = SYSTEM.screenshots();

        try (Browser browser = new Browser(screenshots, Path.of("target/browser"))) {
            StaffConsole.signIn(browser, SYSTEM, "sales");
            browser.waitForText("Trials started this week");
            WebElement started = browser.find("#trials-started-table tr[data-serial='" + trialSerial + "']");
            assertEquals(List.of(product, organization, email), cells(started).subList(0, 3));
            assertEquals("RUNNING", cells(started).get(5));
            assertEquals(endsThisWeek, browser.has("#trials-ending-table tr[data-serial='" + trialSerial + "']"),
                    "ending this week: " + trial.path("trialEndsAt"));
            assertEquals(List.of(product, "1", "0", "0.0 %", "1", "0", "0.0 %"), conversion(browser, product));
            browser.assertLabelled();
            browser.screenshot("trials-01-sales-home");

            browser.act(() -> started.findElement(By.linkText(trialSerial)).click());
            assertEquals("RUNNING", browser.find("#trial-status").getText());
            assertTrue(browser.text().contains(organization));
            browser.assertLabelled();
            browser.screenshot("trials-02-trial-license");

            browser.act(() -> browser.find("#convert-trial").click());
            assertEquals("2", browser.find("#seats-finance").getAttribute("value"), "the trial policy's seats");
            assertEquals("0", browser.find("#seats-hr").getAttribute("value"));
            assertEquals("1", browser.find("#max-activations").getAttribute("value"));
            assertEquals(account, browser.find("#convert-account").getAttribute("value"), "the trial's account");
            browser.find("#seats-finance").clear();
            browser.find("#seats-finance").sendKeys("10");
            browser.find("#billing-ref").sendKeys("sub_" + UUID.randomUUID());
            browser.assertLabelled();
            browser.screenshot("trials-03-convert-form");
            browser.act(() -> browser.find("#convert-submit").click());

            String cdKey = browser.find("#cd-key").getText().strip();
            String paidSerial = browser.find("#serial").getText().strip();
            assertTrue(cdKey.length() > 10, cdKey);
            assertNotEquals(trialSerial, paidSerial);
            browser.assertLabelled();
            browser.screenshot("trials-04-paid-license-issued");
            given(sales.issuer()).queryParam("serial", paidSerial).get("/api/v1/licenses").then()
                    .body("[0].kind", equalTo("PAID")).body("[0].modules.finance", equalTo(10))
                    .body("[0].accountId", equalTo(account));

            browser.open(CONSOLE + "/licenses/" + trialId);
            assertEquals("CONVERTED", browser.find("#trial-status").getText());
            assertFalse(browser.has("#convert-trial"), "a converted trial converts no more");
            assertFalse(browser.text().contains(cdKey), "the CD key is shown once only");
            browser.act(() -> browser.find("#paid-license").click());
            browser.waitForText("License " + paidSerial);

            browser.open(CONSOLE + "/");
            assertEquals("CONVERTED", cells(browser.find("#trials-started-table tr[data-serial='" + trialSerial + "']")).get(5));
            assertEquals(List.of(product, "1", "1", "100.0 %", "1", "1", "100.0 %"), conversion(browser, product));
            browser.screenshot("trials-05-sales-home-converted");
        }
    }

    /** Starts the trial as the product's installer does; the policy reaches activation-service through Kafka. */
    private static ExtractableResponse<Response> startTrial(String product, String organization, String email) {
        RequestSpecification installer = SystemCalls.anonymous(LocalSystem.ACTIVATION_PORT);
        String id = UUID.randomUUID().toString();
        Map<String, Object> request = Map.of("productCode", product, "productVersion", "1.0.0",
                "organizationName", organization, "contactEmail", email, "fingerprint", "fp-" + id,
                "components", Map.of("board", "board-" + id, "cpu", "cpu-" + id, "disk", "disk-" + id),
                "hostname", "ts-cad-01");
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given(installer).body(request).post("/api/v1/trials").then().extract(),
                answer -> answer.statusCode() == 201);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(cell -> cell.getText().strip()).toList();
    }

    private static List<String> conversion(Browser browser, String product) {
        return cells(browser.find("#trial-conversion-rates tr[data-product='" + product + "']"));
    }
}
