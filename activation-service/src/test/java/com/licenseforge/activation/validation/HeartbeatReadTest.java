package com.licenseforge.activation.validation;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.LicenseFacts;
import com.licenseforge.activation.machines.LicenseFactsLoader;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.ProductVersion;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.license.Standing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heartbeat's one-statement read gives the facts the check chain's repositories give, in every situation a
 * verdict depends on: unknown serial, live and foreign machine, billing standing, seats, released and unknown
 * versions, and an address that failed lately.
 */
@QuarkusTest
class HeartbeatReadTest {

    @Inject
    HeartbeatRead heartbeats;

    @Inject
    LicenseFactsLoader facts;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    CredentialThrottle throttle;

    @Test
    void readsWhatTheRepositoriesRead() {
        TestLicense license = TestLicense.issue(Customer.catalogue(),
                terms -> terms.modules = Map.of("finance", 5, "hr", 3));
        String activationId = Customer.activate(license.activation("heartbeat-live", "1.0.0")).statusCode(201)
                .extract().path("activationId");
        Customer.assignSeats(activationId, license.cdKey, "hr", "alice", "bob").statusCode(200);

        assertSame(license.serial, "heartbeat-live", "1.0.0");
        assertSame(license.serial, "heartbeat-live", "3.0.0");
        assertSame(license.serial, "heartbeat-live", "9.9.9");
        assertSame(license.serial, "heartbeat-live", null);
        assertSame(license.serial, "heartbeat-stranger", "1.0.0");
        assertSame("ZZZZ-ZZZZ-ZZZZ-ZZZZ", "heartbeat-live", "1.0.0");

        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        IssuerFacts.billing(EventTypes.BILLING_PAST_DUE, license.id, Standing.PAST_DUE, since, since.plus(Duration.ofDays(14)));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(license.serial, "heartbeat-live", null, "198.51.100.1")
                .facts().standing().standing == Standing.PAST_DUE);
        assertSame(license.serial, "heartbeat-live", "1.0.0");
    }

    @Test
    void tellsWhetherTheAddressCouldBeLocked() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        TestLicense other = TestLicense.issue(Customer.catalogue());
        String address = "198.51.100." + (2 + (int) (Math.random() * 200));
        assertFalse(read(license.serial, "heartbeat-any", null, address).lockPossible());
        given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("serial", license.serial, "fingerprint", "heartbeat-any", "cdKey", "WRONG-WRONG-WRONG-WRONG-WRONG"))
                .post("/api/v1/validations").then().statusCode(401);
        assertTrue(read(license.serial, "heartbeat-any", null, address).lockPossible());
        // one failure on another serial is far from the address's own limit, so nothing more is asked
        assertFalse(read(other.serial, "heartbeat-any", null, address).lockPossible());
        assertFalse(read(license.serial, "heartbeat-any", null, "203.0.113.9").lockPossible());
    }

    private HeartbeatRead.Heartbeat read(String serial, String fingerprint, String version, String address) {
        return heartbeats.read(serial, hash(fingerprint), version, address, throttle.lockBounds());
    }

    private void assertSame(String serial, String fingerprint, String version) {
        HeartbeatRead.Heartbeat heartbeat = read(serial, fingerprint, version, "198.51.100.1");
        QuarkusTransaction.requiringNew().run(() -> {
            LicenseFacts expected = facts.license(serial, false).map(license -> facts.forMachine(license, hash(fingerprint)))
                    .orElseGet(() -> LicenseFacts.unknown(Instant.now()));
            LicenseFacts actual = heartbeat.facts();
            String situation = serial + " on " + fingerprint + " running " + version;
            assertEquals(expected.known(), actual.known(), situation);
            if (!expected.known()) {
                return;
            }
            assertEquals(describe(expected.license()), describe(actual.license()), situation);
            assertEquals(List.of(expected.standing().standing, Optional.ofNullable(expected.standing().pastDueSince),
                            Optional.ofNullable(expected.standing().graceEndsAt)),
                    List.of(actual.standing().standing, Optional.ofNullable(actual.standing().pastDueSince),
                            Optional.ofNullable(actual.standing().graceEndsAt)), situation);
            assertEquals(expected.machines().stream().map(HeartbeatReadTest::describe).toList(),
                    actual.machines().stream().map(HeartbeatReadTest::describe).toList(), situation);
            assertEquals(expected.seatsAssigned(), actual.seatsAssigned(), situation);
            Optional<ProductVersion> released = version == null ? Optional.empty()
                    : catalogue.version(expected.license().productCode, version);
            assertEquals(released.map(v -> v.releasedAt), heartbeat.released().map(v -> v.releasedAt), situation);
        });
    }

    private static List<Object> describe(License license) {
        return Arrays.asList(license.id, license.serial, license.cdKeyHash, license.offlinePublicKey,
                license.productCode, license.accountId, license.edition, license.modules, license.maxActivations,
                license.startsAt, license.expiresAt, license.maintenanceUntil, license.status,
                license.boundOrganizationId, license.boundAt);
    }

    private static List<Object> describe(Activation activation) {
        return Arrays.asList(activation.id, activation.licenseId, activation.organizationId,
                activation.fingerprintHash, activation.productVersion, activation.hostname, activation.status,
                activation.createdAt, activation.lastSeenAt);
    }

    private static String hash(String fingerprint) {
        return CustomerInput.fingerprintHash("fingerprint", fingerprint);
    }
}
