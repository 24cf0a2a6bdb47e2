package com.licenseforge.system;

import com.licenseforge.client.CdKey;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.offline.OfflineRequest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer portal in Chromium against the running system: signed in with serial and CD key, with the keyboard
 * alone, the customer sees the license and its machines, frees machines until the self-service limit says when the
 * next is possible, unassigns a seat, downloads the license file, turns an offline request file into its response
 * file and reads the page on a phone; then the account's administrator signs in by the link mailed to them (read
 * over IMAP), reads the account's mails and switches the language. Each page passes axe's label and name rules;
 * screenshots of each go to docs/screenshots.
 */
@ExtendWith(RunningSystem.class)
class PortalBrowserTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final String PORTAL = "http://127.0.0.1:" + LocalSystem.PORTAL_PORT;
    private static final Path WORK = Path.of("target/browser");
    /** The first mail of a run waits for the notification service's consumer group to be assigned its partitions. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);
    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+/signin/link\\?code=[A-Za-z0-9_~.%-]+");

    private final Sales sales = new Sales(StaffConsole.api(LocalSystem.ISSUER_PORT)
            .addHeader("Authorization", "Bearer " + SYSTEM.staffToken("sales")).build());
    private final RequestSpecification activation = SystemCalls.anonymous(LocalSystem.ACTIVATION_PORT);
    private final RequestSpecification support = SystemCalls.staff(SYSTEM, LocalSystem.ACTIVATION_PORT, "support");

    @Test
    void theAdministratorSignsInByMailedLinkAndLooksAfterTheLicensesMachines() throws Exception {
        String product = sales.product();
        String account = sales.account("Tailspin " + UUID.randomUUID().toString().substring(0, 6));
        String organization = sales.organization(account, "Tailspin Toys GmbH");
        String contact = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@tailspin.example";
        given(sales.issuer()).body(List.of(Map.of("email", contact, "name", "Toni Admin", "language", "en",
                        "topics", List.of("LICENSES")))).put("/api/v1/accounts/{id}/contacts", account)
                .then().statusCode(200);
        Sales.Issued license = sales.license(product, account, Map.of("finance", 2), 5, "sub_" + UUID.randomUUID());
        Map<String, String> machines = new java.util.LinkedHashMap<>();
        for (String host : List.of("ws-1", "ws-2", "ws-3", "ws-4")) {
            machines.put(host, activate(license, organization, product, host));
        }
        given(activation).body(Map.of("cdKey", license.cdKey(), "users", List.of("ada", "bo")))
                .put("/api/v1/activations/{id}/seats/{module}", machines.get("ws-1"), "finance").then().statusCode(200);

        try (Browser browser = new Browser(SYSTEM.screenshots(), WORK)) {
            // serial and CD key, with the keyboard alone: that one license only
            browser.open(PORTAL + "/signin");
            browser.waitForText("Sign in with a serial number and CD key");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-signin");
            browser.tabTo("serial");
            browser.type(license.serial());
            browser.tabTo("cd-key");
            browser.type(license.cdKey());
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("Your licenses");
            assertTrue(browser.text().contains("Signed in as " + license.serial()), browser.text());
            assertEquals(1, browser.driver.findElements(By.cssSelector("tbody tr")).size());
            assertTrue(browser.text().contains("4 of 5"), browser.text());
            assertTrue(browser.text().contains("finance: 2 seats"), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-licenses");

            // the license's machines; freeing one names it first
            browser.tabToLink(license.serial());
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("ws-4");
            assertTrue(browser.text().contains("Tailspin Toys GmbH"), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-license");
            String licensePage = browser.driver.getCurrentUrl();
            browser.tabToLink("Free this machine ws-2");
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("Free the machine ws-2?");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-free-confirm");
            browser.tabTo("confirm-free");
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("The machine was freed");
            assertEquals("DEACTIVATED", activationStatus(license, machines.get("ws-2")), "the slot is free in the activation service");
            assertTrue(browser.find("#activations").getText().contains("3 of 5"), browser.find("#activations").getText());

            free(browser, "ws-3");
            browser.waitForText("The machine was freed");
            free(browser, "ws-4");
            browser.waitForText("The machine was freed");
            free(browser, "ws-1");
            browser.waitForText("Limit reached");
            String limit = browser.find("#limit").getText();
            assertTrue(limit.contains("3 times in 30 days") && limit.contains("The next one can be freed on"), limit);
            assertTrue(browser.has("#limit a[href^='mailto:']"), "says how to reach support");
            assertEquals("ACTIVE", activationStatus(license, machines.get("ws-1")), "nothing freed past the limit");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-limit-reached");

            // a seat unassigned
            browser.open(licensePage);
            browser.act(() -> browser.find("button[aria-label='Unassign bo from finance on ws-1']").click());
            browser.waitForText("The seat was unassigned.");
            assertFalse(browser.has("button[aria-label='Unassign bo from finance on ws-1']"));
            assertTrue(browser.has("button[aria-label='Unassign ada from finance on ws-1']"));

            // the license file
            browser.find("#download-file").click();
            String licenseFile = Files.readString(browser.downloaded(license.serial() + ".lic"));
            assertTrue(licenseFile.contains("BEGIN"), licenseFile);

            // an offline request file turned into its response file
            Path request = Files.writeString(Files.createDirectories(WORK).toAbsolutePath().resolve("offline-request.txt"),
                    OfflineRequest.builder(license.serial(), CdKey.of(license.cdKey()), UUID.fromString(organization), product,
                            "1.0.0", machine("airgap")).hostname("airgap-01").build().toFile());
            browser.act(() -> browser.find("#offline").click());
            browser.waitForText("upload the request file");
            browser.assertLabelled();
            browser.find("#request-file").sendKeys(request.toString());
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-offline");
            browser.find("#offline-submit").click();
            String response = Files.readString(browser.downloaded(license.serial() + "-response.txt"));
            assertTrue(response.contains("Activation"), response);

            // a phone
            browser.driver.manage().window().setSize(new Dimension(375, 812));
            browser.open(licensePage);
            browser.waitForText("Machines");
            Object width = browser.driver.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(((Number) width).intValue() <= 375, "nothing wider than the phone: " + width);
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-license-phone-375");
            browser.driver.executeScript("document.getElementById('machines-heading').scrollIntoView();");
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-machines-phone-375");
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));

            // what is not the customer's is not found
            browser.open(PORTAL + "/licenses/" + UUID.randomUUID());
            browser.waitForText("Not found");
            browser.assertLabelled();
            browser.act(() -> browser.find("#signout").click());
            browser.waitForText("You are signed out.");

            // the mailed link, with the keyboard alone
            browser.open(PORTAL + "/");
            browser.waitForText("Sign in with your e-mail address");
            browser.tabTo("email");
            browser.type(contact);
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("If this address belongs to an account, a link is on its way.");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-link-sent");
            String link = await().atMost(MAIL_WAIT).pollInterval(Duration.ofSeconds(2))
                    .until(() -> signInLink(contact), found -> found != null);
            assertTrue(link.startsWith(PORTAL + "/signin/link?code="), link);
            browser.open(link);
            browser.waitForText("Press the button to sign in");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-signin-link");
            browser.tabTo("link-signin");
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("Your licenses");
            assertTrue(browser.text().contains("Signed in as " + contact), browser.text());
            assertTrue(browser.text().contains(license.serial()), browser.text());

            // the mails sent to the account
            browser.tabToLink("Mails");
            browser.act(() -> browser.press(Keys.ENTER));
            browser.waitForText("Mails sent to you");
            assertTrue(browser.text().contains(contact), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-mails");

            // the language menu
            browser.act(() -> browser.find("button[lang='de']").click());
            browser.waitForText("An Sie gesendete E-Mails");
            browser.open(licensePage);
            browser.waitForText("Rechner");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-license-de");
            browser.act(() -> browser.find("button[lang='zh']").click());
            browser.waitForText("计算机");
            browser.screenshot(SYSTEM.documentedScreenshots(), "portal-license-zh");
            browser.act(() -> browser.find("button[lang='en']").click());
            browser.waitForText("Machines");
        }
    }

    /** Frees a machine from the license page by its link and the confirmation. */
    private static void free(Browser browser, String host) {
        browser.act(() -> browser.find("#free-" + host).click());
        browser.waitForText("Free the machine " + host + "?");
        browser.act(() -> browser.find("#confirm-free").click());
    }

    private String activate(Sales.Issued license, String organization, String product, String host) {
        Map<String, Object> request = SystemCalls.activationRequest(license, organization, product, "fp-" + UUID.randomUUID());
        request.put("hostname", host);
        return await().atMost(EVENTUAL).until(() -> given(activation).body(request).post("/api/v1/activations").then().extract(),
                r -> r.statusCode() == 201).path("activationId");
    }

    private String activationStatus(Sales.Issued license, String activationId) {
        JsonPath overview = given(support).get("/api/v1/support/serials/{serial}", license.serial())
                .then().statusCode(200).extract().jsonPath();
        return overview.getString("activations.find { it.id == '" + activationId + "' }.status");
    }

    private static String signInLink(String address) {
        for (String text : Mailbox.texts(address)) {
            Matcher link = LINK.matcher(text);
            if (link.find()) {
                return link.group();
            }
        }
        return null;
    }

    private static MachineFingerprint machine(String name) {
        String id = name + "-" + UUID.randomUUID();
        return MachineFingerprint.of(Map.of("board", "X12STH-F / " + id, "cpu", "Xeon E-2388G / " + id, "disk", "WD-" + id));
    }
}
