package com.licenseforge.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff console in a real browser, signed in through the local identity provider, over the real services:
 * sales issues a license, a customer system activates it into the wrong organization, support moves it with
 * the keyboard alone and sees the audit entry; support finds no way to issue or revoke. Every main page is
 * checked with axe-core's label and name rules and saved as a screenshot.
 */
@ExtendWith(RunningSystem.class)
class ConsoleBrowserTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final String CONSOLE = StaffConsole.URL;

    @Test
    void salesIssuesSupportMovesTheMisactivatedLicenseAndEachRoleSeesOnlyItsOwnActions() throws Exception {
        Sales sales = new Sales(StaffConsole.api(LocalSystem.ISSUER_PORT).addHeader("Authorization", "Bearer " + SYSTEM.staffToken("sales")).build());
        String product = sales.product();
        String customer = "Northwind " + UUID.randomUUID().toString().substring(0, 6);
        String account = sales.account(customer);
        String wrong = sales.organization(account, customer + " Retail");
        String right = sales.organization(account, customer + " Logistics");
        Path screenshots = SYSTEM.screenshots();
        Path work = Path.of("target/browser");

        String serial;
        String cdKey;
        String licenseId;
        try (Browser browser = new Browser(screenshots, work)) {
            StaffConsole.signIn(browser, SYSTEM, "sales");
            browser.waitForText("Needs attention");
            assertTrue(browser.text().contains("Expiring within 30 days"));
            browser.assertLabelled();
            browser.screenshot("01-sales-home");

            browser.find("#home-q").sendKeys(customer, Keys.ENTER);
            browser.find("a[href='/accounts/" + account + "']");
            browser.assertLabelled();
            browser.screenshot("02-accounts-search");
            browser.find("a[href='/accounts/" + account + "']").click();
            browser.waitForText(customer + " Retail");
            browser.assertLabelled();
            browser.screenshot("03-account");

            browser.driver.findElement(By.linkText("Issue a license")).click();
            new Select(browser.find("#product")).selectByValue(product);
            browser.driver.findElement(By.xpath("//button[text()='Choose product']")).click();
            browser.find("#seats-finance").clear();
            browser.find("#seats-finance").sendKeys("5");
            browser.find("#seats-hr").clear();
            browser.find("#seats-hr").sendKeys("2");
            browser.find("#max-activations").clear();
            browser.find("#max-activations").sendKeys("2");
            browser.find("#billing-ref").sendKeys("sub_" + UUID.randomUUID());
            browser.assertLabelled();
            browser.screenshot("04-issue-form");
            browser.driver.findElement(By.xpath("//button[text()='Issue license']")).click();

            cdKey = browser.find("#cd-key").getText().strip();
            serial = browser.find("#serial").getText().strip();
            assertTrue(cdKey.length() > 10, cdKey);
            browser.assertLabelled();
            browser.screenshot("05-license-issued");
            browser.allowClipboard();
            browser.find("#copy-cd-key").click();
            browser.waitForText("Copied to the clipboard.");
            assertEquals(cdKey, browser.clipboard());
            browser.find("#download-file").click();
            String file = Files.readString(browser.downloaded(serial + ".lic"));
            assertTrue(file.startsWith("-----BEGIN LICENSEFORGE LICENSE-----"), file);

            browser.find("#license-page").click();
            browser.waitForText("Suspend, reinstate or revoke");
            licenseId = browser.driver.getCurrentUrl().replaceAll(".*/licenses/", "");
            assertFalse(browser.text().contains(cdKey), "the CD key is shown once only");
            browser.assertLabelled();
            browser.screenshot("06-license");

            browser.open(CONSOLE + "/licenses?productCode=" + product);
            browser.waitForText("1–1 of 1");
            browser.assertLabelled();
            browser.screenshot("07-licenses");
            browser.open(CONSOLE + "/products");
            browser.waitForText(product);
            browser.assertLabelled();
            browser.screenshot("08-catalogue");
            browser.driver.findElement(By.xpath("//button[text()='Sign out']")).click();
            browser.waitForText("You are signed out");
        }

        // a customer system activates into the wrong organization of the same account
        RequestSpecification activation = StaffConsole.api(LocalSystem.ACTIVATION_PORT).build();
        Map<String, Object> request = new HashMap<>(Map.of("serial", serial, "cdKey", cdKey, "organizationId", wrong,
                "productCode", product, "productVersion", "1.0.0", "fingerprint", "fp-" + UUID.randomUUID(),
                "hostname", "wh-scanner-07"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given(activation).body(request).post("/api/v1/activations")
                .then().extract().statusCode() == 201);

        String reason = "ticket 8812: activated into Retail by mistake";
        try (Browser browser = new Browser(screenshots, work)) {
            // support works with the keyboard alone: Tab, typing, arrows and Enter
            browser.open(CONSOLE + "/");
            browser.find("#username");
            browser.tabTo("username");
            browser.arrowDownTo("support (support)");
            browser.tabTo("password");
            browser.type(SYSTEM.demoPassword("support"));
            browser.press(Keys.ENTER);
            browser.waitForText("Look up a serial");
            browser.assertLabelled();
            browser.screenshot("09-support-home");

            browser.tabTo("support-q");
            browser.type(customer);
            browser.press(Keys.ENTER);
            browser.waitForText("Organizations (2)");
            browser.assertLabelled();
            browser.screenshot("10-support-lookup");
            browser.tabToLink(customer);
            browser.press(Keys.ENTER);
            browser.waitForText("Licenses");
            assertTrue(browser.text().contains("1 of 2"), "the account page shows the slots the license uses");
            browser.tabToLink(serial);
            browser.press(Keys.ENTER);
            browser.waitForText("wh-scanner-07");
            assertTrue(browser.find("#binding").getText().contains(customer + " Retail"));
            browser.assertLabelled();
            browser.screenshot("11-serial");

            browser.tabTo("target");
            browser.arrowDownTo(customer + " Logistics");
            browser.tabTo("move-reason");
            browser.type(reason);
            browser.press(Keys.ENTER);
            browser.waitForText("What will happen");
            assertTrue(browser.text().contains("moves from " + customer + " Retail to " + customer + " Logistics"), browser.text());
            assertTrue(browser.text().contains("1 live activation end as REASSIGNED"), browser.text());
            browser.assertLabelled();
            browser.screenshot("12-confirm-move");
            browser.tabTo("confirm-button");
            browser.press(Keys.ENTER);

            browser.waitForText("Done: audit entry");
            String entry = browser.find("#audit-entry").getText();
            assertTrue(entry.contains(reason) && entry.contains("support"), entry);
            assertTrue(browser.find("#binding").getText().contains(customer + " Logistics"));
            browser.assertLabelled();
            browser.screenshot("13-moved-with-audit-entry");

            browser.tabToLink("Audit trail");
            browser.press(Keys.ENTER);
            browser.tabTo("a-serial");
            browser.type(serial);
            browser.press(Keys.ENTER);
            browser.waitForText(reason);
            browser.assertLabelled();
            browser.screenshot("14-audit-trail");

            // what support may not do is not offered, and the page that would offer it refuses
            assertFalse(browser.has("a[href='/products']"), "no catalogue for support");
            browser.open(CONSOLE + "/accounts/" + account);
            browser.waitForText(serial);
            assertFalse(browser.has("a[href^='/licenses/new']"), "no way to issue");
            browser.open(CONSOLE + "/licenses/" + licenseId);
            browser.waitForText("Modules and seats");
            assertFalse(browser.has("#status-action") || browser.text().contains("Revoke"), "no way to revoke");
            browser.open(CONSOLE + "/licenses/new?accountId=" + account);
            browser.waitForText("Only sales may issue licenses.");
        }
        given(StaffConsole.api(LocalSystem.ACTIVATION_PORT).addHeader("Authorization", "Bearer " + SYSTEM.staffToken("support")).build())
                .get("/api/v1/support/serials/{serial}", serial).then().statusCode(200)
                .body("binding.organizationId", equalTo(right));

        try (Browser browser = new Browser(screenshots, work)) {
            StaffConsole.signIn(browser, SYSTEM, "billing");
            browser.open(CONSOLE + "/billing?serial=" + serial);
            browser.waitForText("Billing standing");
            browser.assertLabelled();
            browser.screenshot("15-billing");
        }
        try (Browser browser = new Browser(screenshots, work)) {
            StaffConsole.signIn(browser, SYSTEM, "admin");
            browser.open(CONSOLE + "/admin/keys");
            browser.waitForText("signs now");
            browser.assertLabelled();
            browser.screenshot("16-admin-signing-keys");
        }
    }
}
