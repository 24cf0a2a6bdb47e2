package com.licenseforge.system;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the notification service knows, seen in the console: an admin registers a webhook endpoint with the keyboard
 * (its secret shown once), watches the delivery of a new license's event to a real receiver and redelivers it (the
 * receiver gets the same event id again), and a URL into the private network is refused beside its field; support
 * sees the license's key mail as sent, and the license page still opens, saying mails are unavailable, while the
 * notification service is down.
 */
@ExtendWith(RunningSystem.class)
class ConsoleNotificationsBrowserTest {

    private static final LocalSystem SYSTEM = RunningSystem.SYSTEM;
    private static final String CONSOLE = StaffConsole.URL;
    private static final Path WORK = Path.of("target/browser");
    /** The first mail of a run waits for the notification service's consumer group to be assigned its partitions. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    private final Sales sales = new Sales(StaffConsole.api(LocalSystem.ISSUER_PORT)
            .addHeader("Authorization", "Bearer " + SYSTEM.staffToken("sales")).build());

    @Test
    void anAdminRegistersAnEndpointAndRedeliversSupportSeesTheKeyMailAndTheLicensePageOutlivesTheService() throws Exception {
        String product = sales.product();
        String customer = "Litware " + UUID.randomUUID().toString().substring(0, 6);
        String account = sales.account(customer);
        String contact = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@litware.example";
        given(sales.issuer()).body(List.of(Map.of("email", contact, "name", "Ina Muster", "language", "en",
                        "topics", List.of("LICENSES")))).put("/api/v1/accounts/{id}/contacts", account)
                .then().statusCode(200);

        try (Receiver receiver = new Receiver(); Browser browser = new Browser(SYSTEM.screenshots(), WORK)) {
            StaffConsole.signIn(browser, SYSTEM, "admin");
            browser.tabToLink("Webhooks");
            browser.press(Keys.ENTER);
            browser.waitForText("Register an endpoint");
            browser.assertLabelled();

            // a URL into the private network: the service's refusal beside the field, the form as it was filled in
            browser.tabTo("endpoint-url");
            browser.type("http://10.0.0.1/hooks");
            browser.tabTo("event-0");
            browser.press(Keys.SPACE);
            browser.tabTo("endpoint-description");
            browser.type("Litware CRM");
            browser.press(Keys.ENTER);
            WebElement refused = browser.find("#endpoint-url-error");
            assertTrue(refused.getText().contains("10.0.0.1"), refused.getText());
            assertEquals("true", browser.find("#endpoint-url").getDomAttribute("aria-invalid"));
            assertEquals("http://10.0.0.1/hooks", browser.find("#endpoint-url").getDomProperty("value"));
            assertEquals("Litware CRM", browser.find("#endpoint-description").getDomProperty("value"));
            assertTrue(browser.find("#register-problem").getText().contains("refused"));
            assertFalse(browser.text().contains("500"), browser.text());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-webhook-private-url-refused");

            // the receiver on this machine, which the local run's allow-list admits
            WebElement url = browser.find("#endpoint-url");
            url.clear();
            browser.tabTo("endpoint-url");
            browser.type(receiver.url());
            String issuedType = browser.find("label[for='event-0'] code").getText();
            assertEquals("license.issued", issuedType);
            assertTrue(browser.find("#event-0").isSelected(), "the events chosen are kept");
            browser.tabTo("endpoint-description");
            browser.press(Keys.ENTER);
            String secret = browser.find("#endpoint-secret").getText().strip();
            assertTrue(secret.startsWith("whsec_"), secret);
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-webhook-secret-shown-once");
            browser.find("#endpoint-page").click();
            browser.waitForText("Deliveries");
            String endpointPage = browser.driver.getCurrentUrl();
            assertFalse(browser.driver.getPageSource().contains(secret), "the secret is shown once only");
            browser.open(CONSOLE + "/admin/webhooks");
            browser.waitForText(receiver.url());
            assertFalse(browser.driver.getPageSource().contains(secret), "the secret is shown once only");
            assertTrue(browser.find("#endpoint-list").getText().contains("none yet"));

            // a license for the account: its event reaches the receiver, its key mail the contact
            Sales.Issued license = sales.license(product, account, Map.of("finance", 2), 1, "sub_" + UUID.randomUUID());
            String eventId = await().atMost(MAIL_WAIT).until(() -> receiver.eventIdFor(license.id()), id -> id != null);

            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                browser.open(endpointPage);
                return deliveryRow(browser, eventId).getText().contains("DELIVERED");
            });
            WebElement row = deliveryRow(browser, eventId);
            assertTrue(row.getText().contains("license.issued") && row.getText().contains("HTTP 200"), row.getText());
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-webhook-deliveries");
            int received = receiver.received.size();
            row.findElement(By.xpath(".//button[text()='Redeliver']")).click();
            browser.waitForText("Done: redelivery queued");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received.size() > received);
            assertEquals(2, receiver.eventIds().stream().filter(eventId::equals).count(),
                    "the same event again: " + receiver.eventIds());
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                browser.open(CONSOLE + "/admin/webhooks");
                return browser.find("#endpoint-list").getText().contains("DELIVERED");
            });

            // support answers "did the customer get the key mail?"
            browser.driver.findElement(By.xpath("//button[text()='Sign out']")).click();
            browser.waitForText("You are signed out");
            StaffConsole.signIn(browser, SYSTEM, "support");
            String licensePage = CONSOLE + "/licenses/" + license.id();
            await().atMost(MAIL_WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
                browser.open(licensePage);
                // the section loads into the page once it is there
                browser.find("#mail-list, #no-mails, #mails-unavailable");
                return browser.has("#mail-list") && browser.find("#mail-list").getText().contains("SENT");
            });
            String mails = browser.find("#mail-list").getText();
            assertTrue(mails.contains("LICENSE_ISSUED") && mails.contains(contact) && mails.contains(license.serial()), mails);
            assertFalse(browser.has("#mails-failed"), "nothing failed");
            browser.assertLabelled();
            browser.screenshot(SYSTEM.documentedScreenshots(), "console-license-mails");

            SYSTEM.stop("notification-service");
            try {
                browser.open(licensePage);
                browser.waitForText("Mails unavailable");
                assertTrue(browser.text().contains("Modules and seats"), "the rest of the license page is there");
                browser.assertLabelled();
            } finally {
                SYSTEM.up(false);
            }
        }
    }

    private static WebElement deliveryRow(Browser browser, String eventId) {
        return browser.find("#delivery-list").findElement(By.xpath(".//tr[td/code[text()='" + eventId + "']]"));
    }

    /** The vendor's system: a real HTTP server on 127.0.0.1 that takes every delivery and keeps its body. */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        final List<String> received = new CopyOnWriteArrayList<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        List<String> eventIds() {
            return received.stream().map(body -> JsonPath.from(body).getString("eventId")).toList();
        }

        /** The id of the event that issued this license, once it arrived. */
        String eventIdFor(String licenseId) {
            return received.stream().map(JsonPath::from)
                    .filter(json -> "license.issued".equals(json.getString("type")) && licenseId.equals(json.getString("licenseId")))
                    .map(json -> json.getString("eventId")).findFirst().orElse(null);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
