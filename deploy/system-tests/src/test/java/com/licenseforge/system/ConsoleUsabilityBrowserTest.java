package com.licenseforge.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console as sales and support meet it on an ordinary day: issuing starts from the customer's name and keeps
 * what was typed when the issuer refuses; a module left at 0 is simply not licensed; times read in the viewer's
 * own time zone; support gets from a customer's name to a moved binding in four actions. The screenshots are the
 * README's.
 */
@ExtendWith(RunningSystem.class)
class ConsoleUsabilityBrowserTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final String CONSOLE = StaffConsole.URL;
    private static final Path WORK = Path.of("target/browser");
    /** UTC+9 all year: a local time that can never be mistaken for the UTC one. */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Sales sales = new Sales(StaffConsole.api(LocalSystem.ISSUER_PORT)
            .addHeader("Authorization", "Bearer " + SYSTEM.staffToken("sales")).build());

    @Test
    void salesIssuesFromTheCustomersNameAndARefusalKeepsWhatWasTyped() {
        String product = sales.product();
        String customer = "Fabrikam " + UUID.randomUUID().toString().substring(0, 6);
        String account = sales.account(customer);
        String billingRef = "sub_" + UUID.randomUUID();

        try (Browser browser = new Browser(SYSTEM.screenshots(), WORK)) {
            StaffConsole.signIn(browser, SYSTEM, "sales");
            browser.open(CONSOLE + "/licenses");
            browser.driver.findElement(By.linkText("Issue a license")).click();
            browser.find("#pick-q").sendKeys(customer.substring(0, 12), Keys.ENTER);
            browser.waitForText("Issue a license for " + customer);
            assertFalse(browser.text().contains("is not an id"), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-issue-account-picker");
            browser.driver.findElement(By.linkText("Issue a license for " + customer)).click();

            new Select(browser.find("#product")).selectByValue(product);
            browser.driver.findElement(By.xpath("//button[text()='Choose product']")).click();
            assertEquals("0", browser.find("#seats-hr").getDomProperty("value"), "a module starts not licensed");
            replace(browser.find("#seats-finance"), "5");
            replace(browser.find("#max-activations"), "200000");
            browser.find("#billing-ref").sendKeys(billingRef);
            browser.driver.findElement(By.xpath("//button[text()='Issue license']")).click();

            // the issuer refuses the activations: the form again, as typed, the message beside its field
            WebElement message = browser.find("#max-activations-error");
            assertTrue(message.getText().contains("100000"), message.getText());
            assertEquals("true", browser.find("#max-activations").getDomAttribute("aria-invalid"));
            assertEquals("5", browser.find("#seats-finance").getDomProperty("value"));
            assertEquals("0", browser.find("#seats-hr").getDomProperty("value"));
            assertEquals("200000", browser.find("#max-activations").getDomProperty("value"));
            assertEquals(billingRef, browser.find("#billing-ref").getDomProperty("value"));
            assertFalse(browser.text().contains("Not done"), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-issue-refused-beside-field");

            replace(browser.find("#max-activations"), "2");
            browser.driver.findElement(By.xpath("//button[text()='Issue license']")).click();
            String serial = browser.find("#serial").getText().strip();
            browser.assertLabelled();

            // hr was left at 0: not licensed, rather than refused
            given(sales.issuer()).queryParam("serial", serial).get("/api/v1/licenses").then().statusCode(200)
                    .body("[0].modules", equalTo(Map.of("finance", 5)));
            browser.find("#license-page").click();
            browser.waitForText("Modules and seats");
            assertFalse(browser.has("#seats-hr"), "hr is not licensed");
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-issued-module-at-zero-left-out");
        }
    }

    @Test
    void timesReadInTheViewersTimeZoneWithTheExactInstantOnHover() {
        String customer = "Tailspin " + UUID.randomUUID().toString().substring(0, 6);
        String account = sales.account(customer);
        Sales.Issued license = sales.license(sales.product(), account, Map.of("finance", 1), 1, "sub_" + UUID.randomUUID());
        Instant issuedAt = Instant.parse(given(sales.issuer()).get("/api/v1/licenses/{id}", license.id())
                .then().statusCode(200).extract().path("createdAt"));

        try (Browser browser = new Browser(SYSTEM.screenshots(), WORK)) {
            StaffConsole.signIn(browser, SYSTEM, "sales");
            browser.livingIn(TOKYO.getId(), "en-GB");
            for (String page : List.of("/licenses/" + license.id(), "/licenses?accountId=" + account, "/accounts?q=" + customer)) {
                browser.open(CONSOLE + page);
                browser.find("time[datetime]");
                assertFalse(browser.text().matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"),
                        "no raw instant on " + page + ": " + browser.text());
                for (WebElement time : browser.driver.findElements(By.cssSelector("time[datetime]"))) {
                    assertEquals(time.getDomAttribute("datetime"), time.getDomAttribute("title"), "the exact instant on hover");
                    assertTrue(time.getText().contains("GMT+9"), "in the viewer's zone on " + page + ": " + time.getText());
                }
            }
            browser.open(CONSOLE + "/licenses?accountId=" + account);
            String tokyo = DateTimeFormatter.ofPattern("HH:mm").format(issuedAt.atZone(TOKYO));
            WebElement issued = browser.find("time[datetime='" + issuedAt + "']");
            assertTrue(issued.getText().contains(tokyo), issued.getText() + " shows " + tokyo);
            new Actions(browser.driver).moveToElement(issued).perform();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-times-in-viewers-zone");
        }
    }

    @Test
    void supportGoesFromTheCustomersNameToAMovedBindingInFourActions() {
        String product = sales.product();
        String customer = "Contoso " + UUID.randomUUID().toString().substring(0, 6);
        String account = sales.account(customer);
        String wrong = sales.organization(account, customer + " Retail");
        String right = sales.organization(account, customer + " Logistics");
        Sales.Issued license = sales.license(product, account, Map.of("finance", 3), 2, "sub_" + UUID.randomUUID());
        RequestSpecification activation = StaffConsole.api(LocalSystem.ACTIVATION_PORT).build();
        Map<String, Object> request = new HashMap<>(Map.of("serial", license.serial(), "cdKey", license.cdKey(),
                "organizationId", wrong, "productCode", product, "productVersion", "1.0.0",
                "fingerprint", "fp-" + UUID.randomUUID(), "hostname", "till-03"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given(activation).body(request).post("/api/v1/activations")
                .then().extract().statusCode() == 201);

        try (Browser browser = new Browser(SYSTEM.screenshots(), WORK)) {
            StaffConsole.signIn(browser, SYSTEM, "support");
            // the customer on the phone gives their name
            browser.act(() -> browser.find("#support-q").sendKeys(customer, Keys.ENTER));
            WebElement row = browser.find("a[href='/support/serials/" + license.serial() + "']")
                    .findElement(By.xpath("ancestor::tr"));
            assertTrue(row.getText().contains(product) && row.getText().contains("ACTIVE")
                    && row.getText().contains(customer + " Retail"), row.getText());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-support-lookup-with-serials");

            browser.act(() -> browser.driver.findElement(By.linkText(license.serial())).click());
            new Select(browser.find("#target")).selectByVisibleText(customer + " Logistics");
            browser.find("#move-reason").sendKeys("ticket 9120: activated into Retail by mistake");
            browser.act(() -> browser.find("#move-continue").click());
            browser.waitForText("What will happen");
            browser.act(() -> browser.find("#confirm-button").click());

            browser.waitForText("Done: audit entry");
            assertTrue(browser.find("#binding").getText().contains(customer + " Logistics"));
            assertTrue(browser.actions() <= 4, browser.actions() + " actions from the name to the fix");
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-support-moved-in-four-actions");
        }
        given(StaffConsole.api(LocalSystem.ACTIVATION_PORT).addHeader("Authorization", "Bearer " + SYSTEM.staffToken("support")).build())
                .get("/api/v1/support/serials/{serial}", license.serial()).then().statusCode(200)
                .body("binding.organizationId", equalTo(right));
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
