package com.licenseforge.activation.readmodel;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReadModelTest {

    @Test
    void aStaleSnapshotOrARedeliveryChangesNothing() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 1);
        EventEnvelope raise = license.change(EventTypes.LICENSE_MODULES_CHANGED, t -> t.maxActivations = 5);
        awaitMaxActivations(license, 5);

        // an old snapshot arriving late, the same event delivered twice, then a marker on the same partition
        IssuerFacts.publish(Topics.LICENSE_EVENTS, license.id.toString(),
                IssuerFacts.envelope(EventTypes.LICENSE_ISSUED, license.id, license.snapshot(1)));
        IssuerFacts.publish(Topics.LICENSE_EVENTS, license.id.toString(), raise);
        UUID marker = UUID.randomUUID();
        IssuerFacts.publish(Topics.LICENSE_EVENTS, license.id.toString(), IssuerFacts.envelope(
                EventTypes.ORGANIZATION_REGISTERED, null,
                new OrganizationRegistered(marker, license.catalogue.accountId(), "Contoso Marker", null)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Customer.preview(license.activation("machine-probe", "1.0.0", marker)).statusCode(200)
                        .body("organization.name", equalTo("Contoso Marker")));
        Customer.preview(license.activation("machine-probe", "1.0.0")).body("maxActivations", equalTo(5));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        try (EventProbe deadLetters = EventProbe.open("license-events.activation-service.dlq")) {
            IssuerFacts.publishRaw(Topics.LICENSE_EVENTS, "poison", "{this is not an event");
            deadLetters.await(e -> e.has("unparseable"), Duration.ofSeconds(20));
        }
        TestLicense after = TestLicense.issue(Customer.catalogue());
        Customer.preview(after.activation("machine-after-poison", "1.0.0")).statusCode(200)
                .body("wouldSucceed", equalTo(true));
    }

    private static void awaitMaxActivations(TestLicense license, int expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Customer.preview(license.activation("machine-probe", "1.0.0")).statusCode(200)
                        .body("maxActivations", equalTo(expected)));
    }
}
