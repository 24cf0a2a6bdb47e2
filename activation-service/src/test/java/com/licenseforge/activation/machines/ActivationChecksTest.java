package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules of the check chain that need nothing but the facts: credentials, status, product, upgrade, seats
 * and slots, and the order in which the chain asks them. The steps that read the catalogue or the
 * re-registration history are covered by the service tests against the database.
 */
class ActivationChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final CdKeyHasher HASHER = new CdKeyHasher("unit-test-cd-key-hash-secret");

    private final Map<String, SortedSet<String>> seatUsers = new LinkedHashMap<>();
    /** The holders of a module's seats as the database would list them for a license in excess. */
    private final SeatAssignmentRepository seatHolders = new SeatAssignmentRepository() {
        @Override
        public SortedSet<String> users(UUID licenseId, String module) {
            return seatUsers.getOrDefault(module, new TreeSet<>());
        }
    };
    private final ActivationChecks checks = new ActivationChecks(HASHER, null, null, null, seatHolders, null);
    private final String cdKey = CdKey.generate();
    private final License license = license(cdKey);
    private final List<Activation> active = new ArrayList<>();
    private BillingStanding standing = BillingStanding.current(license.id);

    @Test
    void anUnknownSerialAndAWrongKeyGetTheSameAnswer() {
        assertEquals(Optional.empty(), checks.credentials(license.serial, cdKey, license));
        Refusal wrongKey = checks.credentials(license.serial, CdKey.generate(), license).orElseThrow();
        Refusal unknown = checks.credentials(license.serial, cdKey, null).orElseThrow();
        assertEquals(401, wrongKey.status());
        assertEquals(Codes.INVALID_CREDENTIALS, wrongKey.code());
        assertEquals(wrongKey.code(), unknown.code());
        assertEquals(wrongKey.detail(), unknown.detail());
    }

    @Test
    void statusRefusesWithTheCodeOfWhatStopsTheLicense() {
        license.status = SalesStatus.REVOKED;
        assertEquals(Codes.REVOKED, checks.status(facts(), true).orElseThrow().code());

        license.status = SalesStatus.SUSPENDED;
        Refusal bySales = checks.status(facts(), false).orElseThrow();
        assertEquals(Codes.SUSPENDED, bySales.code());
        assertEquals("sales", bySales.data().get("suspendedBy"));

        license.status = SalesStatus.ACTIVE;
        standing = standing(Standing.SUSPENDED);
        assertEquals("billing", checks.status(facts(), false).orElseThrow().data().get("suspendedBy"));

        standing = BillingStanding.current(license.id);
        license.expiresAt = NOW;
        assertEquals(Codes.EXPIRED, checks.status(facts(), false).orElseThrow().code());
    }

    @Test
    void pastDueRefusesNewActivationsOnly() {
        standing = standing(Standing.PAST_DUE);
        assertEquals(Codes.PAST_DUE, checks.status(facts(), true).orElseThrow().code());
        assertEquals(Optional.empty(), checks.status(facts(), false));
        assertEquals(Optional.empty(), checks.existingActivation(facts()));
    }

    @Test
    void theChainAnswersWithTheFirstCheckThatFails() {
        license.status = SalesStatus.REVOKED;
        ActivationIntent wrongProduct = intent("crm", "1.0.0", "machine-1");
        assertEquals(Codes.REVOKED, checks.activation(wrongProduct, facts()).orElseThrow().code());

        license.status = SalesStatus.ACTIVE;
        Refusal mismatch = checks.activation(wrongProduct, facts()).orElseThrow();
        assertEquals(Codes.PRODUCT_MISMATCH, mismatch.code());
        assertEquals("erp", mismatch.data().get("licensedProduct"));

        ActivationIntent wrongKey = new ActivationIntent(license.serial, new Credential.Key(CdKey.generate()),
                UUID.randomUUID(), "crm", "1.0.0", "machine-1", Map.of(), null);
        assertEquals(Codes.INVALID_CREDENTIALS, checks.activation(wrongKey, facts()).orElseThrow().code());
    }

    @Test
    void aNewerMajorVersionNeedsAMachineAlreadyActivated() {
        active.add(activation("machine-1", "1.4.0"));
        Refusal upgrade = checks.upgrade(intent("erp", "2.0.0", "machine-2"), facts()).orElseThrow();
        assertEquals(Codes.UPGRADE_REQUIRES_ORIGINAL_MACHINE, upgrade.code());
        assertEquals(1, upgrade.data().get("activatedMajorVersion"));
        assertEquals(Optional.empty(), checks.upgrade(intent("erp", "2.0.0", "machine-1"), facts()));
        assertEquals(Optional.empty(), checks.upgrade(intent("erp", "1.9.0", "machine-2"), facts()));
    }

    @Test
    void moreSeatHoldersThanTheLicenseNowAllowsAreListed() {
        seatUsers.put("hr", new TreeSet<>(List.of("alice", "bob", "carol", "dave")));
        seatUsers.put("finance", new TreeSet<>(List.of("erin")));
        Refusal excess = checks.seats(facts()).orElseThrow();
        assertEquals(Codes.EXCESS_SEAT_ASSIGNMENTS, excess.code());
        List<?> modules = (List<?>) excess.data().get("excess");
        assertEquals(1, modules.size());
        assertEquals(Map.of("module", "hr", "seats", 3, "assigned", 4,
                "users", List.of("alice", "bob", "carol", "dave")), modules.get(0));
    }

    @Test
    void aNewMachineNeedsAFreeSlotWhileAKnownOneKeepsItsOwn() {
        active.add(activation("machine-1", "1.0.0"));
        assertEquals(Optional.empty(), checks.slots(intent("erp", "1.0.0", "machine-2"), facts()));
        active.add(activation("machine-2", "1.0.0"));
        Refusal full = checks.slots(intent("erp", "1.0.0", "machine-3"), facts()).orElseThrow();
        assertEquals(Codes.TOO_MANY_ACTIVATIONS, full.code());
        assertEquals(2, full.data().get("activationsUsed"));
        assertEquals(Optional.empty(), checks.slots(intent("erp", "1.0.0", "machine-2"), facts()));
    }

    private LicenseFacts facts() {
        Map<String, Integer> assigned = new LinkedHashMap<>();
        seatUsers.forEach((module, users) -> assigned.put(module, users.size()));
        int newestMajor = active.stream().mapToInt(Activation::major).max().orElse(0);
        return new LicenseFacts(license, standing, active, active.size(), newestMajor, assigned, NOW);
    }

    private ActivationIntent intent(String product, String version, String fingerprintHash) {
        return new ActivationIntent(license.serial, new Credential.Key(cdKey), UUID.randomUUID(), product, version,
                fingerprintHash, Map.of(), null);
    }

    private Activation activation(String fingerprintHash, String version) {
        Activation activation = new Activation();
        activation.id = UUID.randomUUID();
        activation.licenseId = license.id;
        activation.organizationId = UUID.randomUUID();
        activation.fingerprintHash = fingerprintHash;
        activation.productVersion = version;
        activation.components = Map.of();
        activation.status = ActivationStatus.ACTIVE;
        return activation;
    }

    private BillingStanding standing(Standing value) {
        BillingStanding changed = BillingStanding.current(license.id);
        changed.standing = value;
        return changed;
    }

    private static License license(String cdKey) {
        License license = new License();
        license.id = UUID.randomUUID();
        license.serial = Serial.generate();
        license.cdKeyHash = HASHER.hash(license.serial, CdKey.canonical(cdKey).orElseThrow());
        license.productCode = "erp";
        license.accountId = UUID.randomUUID();
        license.modules = Map.of("finance", 10, "hr", 3);
        license.maxActivations = 2;
        license.expiresAt = Instant.parse("2031-01-01T00:00:00Z");
        license.status = SalesStatus.ACTIVE;
        return license;
    }
}
