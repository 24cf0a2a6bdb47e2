package com.licenseforge.notification.licenses;

import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.testing.TestEvents;
import com.licenseforge.notification.Issuer;
import com.licenseforge.notification.MailServer;
import com.licenseforge.notification.Mails;
import com.licenseforge.notification.Messages;
import com.licenseforge.notification.TestClock;
import com.licenseforge.notification.Sending;
import com.licenseforge.notification.mail.MailSender;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.notification.Issuer.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Billing's standing changes mail the billing contacts: the open invoices and the grace end, once per episode. */
@QuarkusTest
class DunningMailTest {

    @Inject
    MailSender sender;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    void pastDueNamesTheOpenInvoicesAndGraceEndOnceAndRestorationFollows() {
        UUID account = UUID.randomUUID();
        String payables = "ap-" + account + "@contoso.example";
        String licensee = "it-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(payables, "zh", "BILLING"), contact(licensee, "en", "LICENSES"));
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(LicenseFact.class, license.licenseId()) != null));
        Instant since = Instant.parse("2030-12-01T00:00:00Z");
        BillingStandingChanged pastDue = new BillingStandingChanged(license.licenseId(), Standing.PAST_DUE, since,
                Instant.parse("2030-12-15T00:00:00Z"), List.of(new BillingStandingChanged.OpenInvoice("in_42",
                new BigDecimal("1200"), since)));
        billing(EventTypes.BILLING_PAST_DUE, pastDue);
        billing(EventTypes.BILLING_PAST_DUE, pastDue);   // the same episode announced again: no second mail
        billing(EventTypes.BILLING_RESTORED, new BillingStandingChanged(license.licenseId(), Standing.CURRENT, null, null));

        List<Map<String, Object>> mails = Mails.await(license.licenseId(), Mails.count(2));
        assertEquals(List.of("PAST_DUE:" + payables, "REINSTATED:" + licensee),
                mails.stream().map(m -> m.get("kind") + ":" + m.get("to")).toList());
        Sending.all(sender, clock);
        Messages mail = Messages.read(MailServer.inbox(payables).get(0));
        assertEquals("许可证 " + license.serial() + " 付款逾期", mail.subject());
        assertTrue(mail.text().contains("发票 in_42：1200.00，到期日 2030-12-01"), mail.text());
        assertTrue(mail.text().contains("请在 2030-12-15 之前付款"), mail.text());
        assertEquals("License " + license.serial() + " restored",
                Messages.read(MailServer.inbox(licensee).get(0)).subject());

        // the list is paged for sales, support and auditor; other roles and anonymous callers are refused
        given().header("Authorization", StaffTokens.bearer("sue.support", "support"))
                .get("/api/v1/licenses/{id}/notifications?size=1", license.licenseId())
                .then().statusCode(200).header("X-Total-Count", "2").body("size()", is(1))
                .body("[0].kind", is("PAST_DUE")).body("[0].status", is("SENT")).body("[0].sentAt", notNullValue());
        given().header("Authorization", StaffTokens.bearer("bea.billing", "billing"))
                .get("/api/v1/licenses/{id}/notifications", license.licenseId()).then().statusCode(403);
        given().get("/api/v1/licenses/{id}/notifications", license.licenseId()).then().statusCode(401);
        given().header("Authorization", StaffTokens.bearer("sue.support", "support"))
                .get("/api/v1/licenses/{id}/notifications?sort=kind", license.licenseId())
                .then().statusCode(400).body("code", is("VALIDATION_FAILED"));
    }

    private static void billing(String type, BillingStandingChanged change) {
        TestEvents.publish(Topics.BILLING_EVENTS, change.licenseId().toString(), type, change.licenseId(), change);
    }
}
