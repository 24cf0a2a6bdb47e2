package com.licenseforge.notification.selfservice;

import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.SigninLinkRequested;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.testing.CustomerTestTokens;
import com.licenseforge.common.testing.TestEvents;
import com.licenseforge.notification.Issuer;
import com.licenseforge.notification.MailServer;
import com.licenseforge.notification.Mails;
import com.licenseforge.notification.Messages;
import com.licenseforge.notification.Sending;
import com.licenseforge.notification.TestClock;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.notification.mail.MailSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.notification.Issuer.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer portal's mails: a sign-in link mailed once to the contact who asked, in their language, with the
 * link and its validity; and the mails of the customer's own licenses listed for a customer token, no other's.
 */
@QuarkusTest
class PortalMailTest {

    @Inject
    MailSender sender;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    private long signinMails(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from Mail m where m.accountId = :account", Long.class)
                .setParameter("account", account).getSingleResult());
    }

    @Test
    void aSigninLinkIsMailedOnceInTheContactsLanguageWithTheLinkAndItsValidity() {
        Map<String, String[]> expected = Map.of(
                "en", new String[] {"Your sign-in link to the customer portal", "valid for 15 minutes"},
                "de", new String[] {"Ihr Anmeldelink zum Kundenportal", "15 Minuten gültig"},
                "zh", new String[] {"您的客户门户登录链接", "15 分钟内有效"});
        UUID account = UUID.randomUUID();
        for (Map.Entry<String, String[]> language : expected.entrySet()) {
            String address = language.getKey() + "-" + account + "@contoso.example";
            SigninLinkRequested link = new SigninLinkRequested(UUID.randomUUID(), account, address, language.getKey(),
                    "code-" + language.getKey() + "-" + UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(15)));
            EventEnvelope event = new EventEnvelope(UUID.randomUUID(), EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED,
                    EventEnvelope.SCHEMA_VERSION, Instant.now(), null, address, TestEvents.tree(link));
            TestEvents.publishRaw(Topics.LICENSE_EVENTS, account.toString(), TestEvents.write(event));
            TestEvents.publishRaw(Topics.LICENSE_EVENTS, account.toString(), TestEvents.write(event));   // redelivered
            TestEvents.publish(Topics.LICENSE_EVENTS, account.toString(), EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED,
                    null, link);   // the same link in another envelope, as a replayed outbox row
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> signinMails(account) == 3);
        Sending.all(sender, clock);
        Sending.all(sender, clock);

        for (Map.Entry<String, String[]> language : expected.entrySet()) {
            String address = language.getKey() + "-" + account + "@contoso.example";
            assertEquals(1, MailServer.inbox(address).size(), address);
            Messages mail = Messages.read(MailServer.inbox(address).get(0));
            assertEquals(language.getValue()[0], mail.subject());
            assertTrue(mail.text().contains("http://127.0.0.1:8090/signin/link?code=code-" + language.getKey() + "-"),
                    mail.text());
            assertTrue(mail.text().contains(language.getValue()[1]), mail.text());
            assertTrue(mail.html().contains("/signin/link?code=code-" + language.getKey()), mail.html());
        }
        assertEquals(3, signinMails(account));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select m.data from Mail m where m.accountId = :account", Map.class)
                .setParameter("account", account).getResultList()).stream().anyMatch(data -> data.containsKey("link")),
                "a sent sign-in mail no longer keeps its link");
    }

    @Test
    void aCustomerTokenListsTheMailsOfItsOwnLicensesOnly() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        String myAddress = "it-" + mine + "@contoso.example";
        Issuer.contacts(mine, 1, contact(myAddress, "en", "LICENSES"));
        Issuer.contacts(theirs, 1, contact("it-" + theirs + "@fabrikam.example", "en", "LICENSES"));
        LicenseSnapshot first = Issuer.snapshot(UUID.randomUUID(), 1, mine, null, null, SalesStatus.ACTIVE);
        LicenseSnapshot second = Issuer.snapshot(UUID.randomUUID(), 1, mine, null, null, SalesStatus.ACTIVE);
        LicenseSnapshot foreign = Issuer.snapshot(UUID.randomUUID(), 1, theirs, null, null, SalesStatus.ACTIVE);
        for (LicenseSnapshot license : new LicenseSnapshot[] {first, second, foreign}) {
            Issuer.license(EventTypes.LICENSE_ISSUED, license);
            Issuer.delivery(license, null);
            Mails.await(license.licenseId(), Mails.count(1));
        }
        TestEvents.publish(Topics.LICENSE_EVENTS, mine.toString(), EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED, null,
                new SigninLinkRequested(UUID.randomUUID(), mine, myAddress, "en", "code", Instant.now().plusSeconds(900)));
        await().atMost(Duration.ofSeconds(90)).until(() -> signinMails(mine) == 1);

        String account = CustomerTestTokens.account(myAddress, mine, clock.instant());
        given().header("Authorization", account).get("/api/v1/customer/mails").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("licenseId", org.hamcrest.Matchers.containsInAnyOrder(first.licenseId().toString(),
                        second.licenseId().toString()))
                .body("kind", everyItem(equalTo("LICENSE_ISSUED")))
                .body("recipient", everyItem(equalTo(myAddress)));
        given().header("Authorization", account).queryParam("size", 1).get("/api/v1/customer/mails").then()
                .statusCode(200).header("X-Total-Count", "2").body("$", org.hamcrest.Matchers.hasSize(1));
        String oneLicense = CustomerTestTokens.license(foreign.serial(), foreign.licenseId(), clock.instant());
        given().header("Authorization", oneLicense).get("/api/v1/customer/mails").then().statusCode(200)
                .body("licenseId", contains(foreign.licenseId().toString()))
                .body("serial", contains(foreign.serial()));

        given().header("Authorization", Mails.SALES).get("/api/v1/customer/mails").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/customer/mails").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", account).get("/api/v1/licenses/{id}/notifications", first.licenseId())
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
