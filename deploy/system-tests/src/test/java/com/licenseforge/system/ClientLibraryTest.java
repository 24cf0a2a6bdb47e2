package com.licenseforge.system;

import com.acme.erp.LicensedErp;
import com.licenseforge.client.CdKey;
import com.licenseforge.client.LicenseStatus;
import com.licenseforge.client.Licensing;
import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.ActivationRequest;
import com.licenseforge.client.api.RefusedException;
import com.licenseforge.client.api.Refusal;
import com.licenseforge.client.api.Seats;
import com.licenseforge.client.api.Validation;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TokenKind;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.client.verify.VerifiedLicense;
import com.licenseforge.format.Serial;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client library a vendor builds into its product, against the real running services. */
@ExtendWith(RunningSystem.class)
class ClientLibraryTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final URI ACTIVATION = URI.create("http://127.0.0.1:" + LocalSystem.ACTIVATION_PORT);
    private static final Instant RELEASED = Instant.parse("2026-01-15T00:00:00Z");

    private static Sales sales;
    private static BillingProvider billingProvider;
    private static ActivationApi api;
    private static TrustedKeys keys;

    @TempDir
    static Path keysDir;
    @TempDir
    Path data;

    @BeforeAll
    static void pinTheServicesKeys() throws IOException {
        sales = new Sales(new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(LocalSystem.ISSUER_PORT)
                .setContentType(ContentType.JSON)
                .addHeader("Authorization", "Bearer " + RunningSystem.SYSTEM.staffToken("sales")).build());
        billingProvider = new BillingProvider(new RequestSpecBuilder().setBaseUri("http://127.0.0.1")
                .setPort(LocalSystem.BILLING_PORT).setContentType(ContentType.JSON).build());
        api = ActivationApi.builder(ACTIVATION).build();
        // what the vendor does at build time: fetch both services' public keys and ship them with the product
        Files.writeString(keysDir.resolve("issuer-jwks.json"), given(sales.issuer()).get("/.well-known/jwks.json").asString());
        Files.writeString(keysDir.resolve("activation-jwks.json"), api.jwks());
        keys = TrustedKeys.builder()
                .licenseKeys(TrustedKeys.file(keysDir.resolve("issuer-jwks.json")))
                .activationKeys(TrustedKeys.file(keysDir.resolve("activation-jwks.json")))
                .build();
    }

    @Test
    void theSampleProgramActivatesOnItsFirstStartAndRunsOfflineOnTheLeaseAfterwards() throws IOException {
        Customer customer = customer("Contoso", Map.of("finance", 10, "hr", 2), 2);
        String[] args = {ACTIVATION.toString(), keysDir.toString(), data.toString(), customer.product,
                customer.license.serial(), customer.organization};

        LicenseStatus first = LicensedErp.start(args, new BufferedReader(new StringReader(customer.license.cdKey())));
        assertTrue(first.licensed(), first.reason());
        assertEquals(10, first.seats("finance"));
        assertEquals(29, first.daysLeft(), "a 30-day lease, some seconds of it gone");

        String[] withoutService = args.clone();
        withoutService[0] = "http://127.0.0.1:1";
        LicenseStatus offline = LicensedErp.start(withoutService, new BufferedReader(new StringReader("")));
        assertTrue(offline.licensed(), "the kept lease carries the program while the service is out of reach");
    }

    @Test
    void activateHeartbeatAssignAndReleaseSeatsAndDeactivate() {
        Customer customer = customer("Fabrikam", Map.of("finance", 5, "hr", 2), 1);
        Licensing licensing = licensing(customer.product, machine("a"));
        CdKey cdKey = CdKey.of(customer.license.cdKey());

        LicenseStatus activated = licensing.activate(customer.license.serial(), cdKey, UUID.fromString(customer.organization), "erp-01");
        assertTrue(activated.licensed());
        assertEquals(UUID.fromString(customer.organization), activated.license().organizationId());
        assertEquals(licensing.machine().hash(), activated.license().fingerprintHash());
        assertEquals("VALID", licensing.heartbeat().lastCode());

        assertEquals(new Seats("hr", 2, 2), licensing.assignSeats(cdKey, "hr", List.of("alice", "bob")));
        RefusedException excess = assertThrows(RefusedException.class,
                () -> licensing.assignSeats(cdKey, "hr", List.of("alice", "bob", "carol")));
        assertEquals(List.of(new Refusal.ExcessSeats("hr", 2, 3, List.of("alice", "bob", "carol"))),
                assertInstanceOf(Refusal.ExcessSeatAssignments.class, excess.refusal()).excess());
        assertEquals(new Seats("hr", 2, 0), licensing.releaseSeats(cdKey, "hr"));

        Licensing secondMachine = licensing(customer.product, machine("b"), "second-machine.json");
        RefusedException full = assertThrows(RefusedException.class, () -> secondMachine.activate(
                customer.license.serial(), cdKey, UUID.fromString(customer.organization), "erp-02"));
        assertEquals(new Refusal.TooManyActivations(1, 1), full.refusal());

        licensing.deactivate(cdKey);
        assertFalse(licensing.status().licensed());
        assertTrue(secondMachine.activate(customer.license.serial(), cdKey, UUID.fromString(customer.organization), "erp-02").licensed(),
                "the slot is free again");
        Validation old = api.validate(customer.license.serial(), licensing.machine().fingerprint(), "1.0.0", cdKey);
        assertInstanceOf(Refusal.FingerprintMismatch.class, old.reason());
        assertInstanceOf(Refusal.NotActivated.class,
                api.validate(customer.license.serial(), licensing.machine().fingerprint(), "1.0.0").reason(),
                "without a proof nobody learns more than that this machine holds no activation");
    }

    @Test
    void aMachineWithAChangedDiskReregistersAndKeepsItsActivation() {
        Customer customer = customer("Northwind", Map.of("finance", 5), 1);
        MachineFingerprint before = machine("c");
        CdKey cdKey = CdKey.of(customer.license.cdKey());
        LicenseStatus activated = licensing(customer.product, before)
                .activate(customer.license.serial(), cdKey, UUID.fromString(customer.organization), "erp-01");

        MachineFingerprint after = before.with("disk", "WD-NEW-" + UUID.randomUUID());
        Licensing changed = licensing(customer.product, after);
        assertFalse(changed.status().licensed(), "the kept lease is bound to the old fingerprint");
        LicenseStatus moved = changed.reregister(cdKey);

        assertTrue(moved.licensed());
        assertEquals(activated.license().activationId(), moved.license().activationId());
        assertEquals(after.hash(), moved.license().fingerprintHash());
        assertEquals("VALID", changed.heartbeat().lastCode());
    }

    @Test
    void anOfflineMachineRoundTripsARequestFileAndImportsTheAnswer() throws IOException {
        Customer customer = customer("Tailspin", Map.of("finance", 3), 1);
        Licensing offline = Licensing.builder()              // no service: the machine is never online
                .release(new ProductRelease(customer.product, "1.0.0", RELEASED))
                .trustedKeys(keys).machine(machine("d")).stateFile(data.resolve("license.json")).build();

        String request = offline.offlineRequest(customer.license.serial(), CdKey.of(customer.license.cdKey()),
                UUID.fromString(customer.organization), "erp-airgap");
        assertFalse(request.contains(customer.license.cdKey()));
        String licenseFile = api.activateOffline(request);      // on a connected computer
        LicenseStatus imported = offline.importLicenseFile(licenseFile);

        assertTrue(imported.licensed());
        assertEquals(29, imported.daysLeft());
        Path file = Files.writeString(data.resolve("machine.lic"), licenseFile);
        assertEquals(TokenKind.ACTIVATION, offline.loadLicenseFile(file).kind());
        Path download = Files.writeString(data.resolve("license.lic"), given(sales.issuer())
                .get("/api/v1/licenses/{id}/file", customer.license.id()).asString());
        VerifiedLicense entitlement = offline.loadLicenseFile(download);
        assertEquals(TokenKind.LICENSE, entitlement.kind());
        assertEquals(customer.license.serial(), entitlement.serial());
        assertEquals(Map.of("finance", 3), entitlement.modules());
    }

    @Test
    void refusalsArriveAsTypesWithTheirData() {
        Customer customer = customer("Litware", Map.of("finance", 5), 2);
        String otherOrganization = sales.organization(customer.account, "Litware Labs");
        String foreignOrganization = sales.organization(sales.account("Adventure Works"), "Adventure Works Cycles");
        given(sales.issuer()).body(Map.of("version", "9.0.0", "releasedAt", "2031-06-01T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", customer.product).then().statusCode(201);
        UUID organization = UUID.fromString(customer.organization);
        MachineFingerprint machine = machine("e");

        assertInstanceOf(Refusal.InvalidCredentials.class, refusal(customer, organization, customer.product, "1.0.0",
                CdKey.of("4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA"), machine));
        assertEquals(new Refusal.ProductMismatch(customer.product),
                refusal(customer, organization, "crm", "1.0.0", customer.cdKey(), machine));
        assertEquals(new Refusal.OrganizationNotInAccount(UUID.fromString(foreignOrganization)),
                refusal(customer, UUID.fromString(foreignOrganization), customer.product, "1.0.0", customer.cdKey(), machine));
        Refusal.VersionNotCovered newer = (Refusal.VersionNotCovered) await().atMost(EVENTUAL).until(() -> refusal(
                customer, organization, customer.product, "9.0.0", customer.cdKey(), machine),
                Refusal.VersionNotCovered.class::isInstance);
        assertEquals(Instant.parse("2031-06-01T00:00:00Z"), newer.releasedAt());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), newer.maintenanceUntil());

        licensing(customer.product, machine).activate(customer.license.serial(), customer.cdKey(), organization, "erp-01");
        MachineFingerprint elsewhere = machine("f");
        Refusal.LicenseBoundToOtherOrganization bound = (Refusal.LicenseBoundToOtherOrganization) await().atMost(EVENTUAL)
                .until(() -> refusal(customer, UUID.fromString(otherOrganization), customer.product, "1.0.0",
                        customer.cdKey(), elsewhere), Refusal.LicenseBoundToOtherOrganization.class::isInstance);
        assertEquals(organization, bound.boundOrganizationId());
        assertEquals("Litware GmbH", bound.boundOrganizationName());
        assertInstanceOf(Refusal.NotActivated.class, api.validate(Serial.generate(), machine.fingerprint(), null).reason(),
                "an unknown serial looks like any machine without an activation");
    }

    @Test
    void pastDueKeepsTheMachineRunningUntilTheGraceEndsAndASuspensionEndsIt() {
        Customer customer = customer("Wingtip", Map.of("finance", 5), 2);
        Licensing licensing = licensing(customer.product, machine("g"));
        licensing.activate(customer.license.serial(), customer.cdKey(), UUID.fromString(customer.organization), "erp-01");

        billingProvider.invoice("invoice.created", customer.billingRef, "in_" + UUID.randomUUID(),
                Instant.now().minus(1, ChronoUnit.DAYS));
        LicenseStatus pastDue = await().atMost(EVENTUAL).until(licensing::heartbeat, LicenseStatus::pastDue);
        assertTrue(pastDue.licensed());
        assertTrue(pastDue.graceEndsAt().isAfter(Instant.now()));
        assertFalse(pastDue.leaseEndsAt().isAfter(pastDue.graceEndsAt()), "the lease ends with the grace");
        Refusal.PastDue noNewMachines = assertInstanceOf(Refusal.PastDue.class, refusal(customer,
                UUID.fromString(customer.organization), customer.product, "1.0.0", customer.cdKey(), machine("h")));
        assertEquals(pastDue.graceEndsAt(), noNewMachines.graceEndsAt());

        given(sales.issuer()).body(Map.of("reason", "contract dispute"))
                .post("/api/v1/licenses/{id}/suspend", customer.license.id()).then().statusCode(200);
        LicenseStatus suspended = await().atMost(EVENTUAL).until(licensing::heartbeat, s -> !s.licensed());
        assertEquals("SUSPENDED", suspended.lastCode());
        assertEquals(new Refusal.Suspended("sales"),
                api.validate(customer.license.serial(), licensing.machine().fingerprint(), "1.0.0", customer.cdKey())
                        .reason());
        assertFalse(licensing.status().licensed(), "the refusal ends the kept lease too");
    }

    private Refusal refusal(Customer customer, UUID organization, String product, String version, CdKey cdKey,
                            MachineFingerprint machine) {
        return assertThrows(RefusedException.class, () -> api.activate(new ActivationRequest(customer.license.serial(),
                cdKey, organization, product, version, machine.fingerprint(), machine.components(), null))).refusal();
    }

    /** A product, a customer account with one organization and a license, known to the activation service. */
    private static Customer customer(String name, Map<String, Integer> modules, int maxActivations) {
        String product = sales.product();
        String account = sales.account(name + " Holding");
        String organization = sales.organization(account, name + " GmbH");
        String billingRef = "sub_" + UUID.randomUUID();
        Sales.Issued license = sales.license(product, account, modules, maxActivations, billingRef);
        MachineFingerprint probe = machine("probe");
        // refusals recorded before the license arrives through Kafka are forgotten when it does
        ActivationRequest preview = new ActivationRequest(license.serial(), CdKey.of(license.cdKey()),
                UUID.fromString(organization), product, "1.0.0", probe.fingerprint(), probe.components(), null);
        await().atMost(EVENTUAL).ignoreExceptions().until(() -> api.preview(preview).wouldSucceed());
        return new Customer(product, account, organization, license, billingRef);
    }

    private Licensing licensing(String product, MachineFingerprint machine) {
        return licensing(product, machine, "license.json");
    }

    private Licensing licensing(String product, MachineFingerprint machine, String stateFile) {
        return Licensing.builder()
                .api(api)
                .release(new ProductRelease(product, "1.0.0", RELEASED))
                .trustedKeys(keys)
                .machine(machine)
                .stateFile(data.resolve(stateFile))
                .build();
    }

    /** A machine of its own for each use: board, CPU and disk. */
    private static MachineFingerprint machine(String name) {
        String id = name + "-" + UUID.randomUUID();
        return MachineFingerprint.of(Map.of("board", "X12STH-F / " + id, "cpu", "Xeon E-2388G / " + id, "disk", "WD-" + id));
    }

    private record Customer(String product, String account, String organization, Sales.Issued license, String billingRef) {
        CdKey cdKey() {
            return CdKey.of(license.cdKey());
        }
    }
}
