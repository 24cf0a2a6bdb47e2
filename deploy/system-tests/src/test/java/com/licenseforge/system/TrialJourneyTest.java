package com.licenseforge.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.client.CdKey;
import com.licenseforge.client.LicenseStatus;
import com.licenseforge.client.Licensing;
import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.ActivationRequest;
import com.licenseforge.client.api.TrialLease;
import com.licenseforge.client.api.Validation;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prospect's trial to a paid license through the client library against the running services: the machine
 * starts a trial and validates, sales converts it, and the paid serial activated on the same machine takes the
 * trial's place there (no second slot, no re-registration), every step audited and published.
 */
@ExtendWith(RunningSystem.class)
class TrialJourneyTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final URI ACTIVATION = URI.create("http://127.0.0.1:" + LocalSystem.ACTIVATION_PORT);

    @TempDir
    Path data;

    @Test
    void aMachineTrialsTheProductAndKeepsItsSlotWhenThePaidSerialReplacesTheTrial() throws IOException {
        LocalSystem system = RunningSystem.SYSTEM;
        Sales sales = new Sales(SystemCalls.staff(system, LocalSystem.ISSUER_PORT, "sales"));
        RequestSpecification auditor = SystemCalls.staff(system, LocalSystem.ISSUER_PORT, "auditor");
        RequestSpecification support = SystemCalls.staff(system, LocalSystem.ACTIVATION_PORT, "support");
        String product = sales.product();
        given(sales.issuer()).body(Map.of("enabled", true, "durationDays", 14, "modules", Map.of("finance", 2),
                "maxActivations", 1)).put("/api/v1/products/{code}/trial-policy", product).then().statusCode(200);
        ActivationApi api = ActivationApi.builder(ACTIVATION).build();
        MachineFingerprint machine = MachineFingerprint.of(Map.of("board", "X12STH-F / " + UUID.randomUUID(),
                "cpu", "Xeon E-2388G / " + UUID.randomUUID(), "disk", "WD-" + UUID.randomUUID()));
        Licensing licensing = Licensing.builder().api(api).release(new ProductRelease(product, "1.0.0",
                        Instant.parse("2026-01-15T00:00:00Z")))
                .trustedKeys(keys(sales, api)).machine(machine).stateFile(data.resolve("license.json")).build();

        try (EventProbe licenseEvents = EventProbe.open(Topics.LICENSE_EVENTS);
             EventProbe activationEvents = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            // the policy reaches activation-service through Kafka: until then the product offers no trials
            String email = "it-" + UUID.randomUUID() + "@northwind.example";
            TrialLease trial = await().atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> licensing.startTrial("Northwind Traders", email, "nw-erp-01"), started -> true);
            LicenseStatus running = licensing.status();
            assertTrue(running.licensed());
            assertTrue(running.license().trial());
            assertEquals(13, running.trial().daysLeft(), "a 14-day trial, some seconds of it gone");
            UUID organization = running.license().organizationId();
            Validation valid = api.validate(trial.serial(), machine.fingerprint(), "1.0.0", trial.cdKey());
            assertEquals("VALID", valid.code());
            assertEquals(trial.trialEndsAt().truncatedTo(ChronoUnit.SECONDS), valid.trialEndsAt().truncatedTo(ChronoUnit.SECONDS));
            assertEquals("VALID", licensing.heartbeat().lastCode());

            String trialId = await().atMost(EVENTUAL).until(() -> given(sales.issuer())
                    .queryParam("productCode", product).get("/api/v1/trials").then().statusCode(200)
                    .extract().<List<String>>path("licenseId"), ids -> ids.size() == 1).get(0);
            given(sales.issuer()).get("/api/v1/trials/{id}", trialId).then().statusCode(200)
                    .body("status", equalTo("RUNNING")).body("serial", equalTo(trial.serial()))
                    .body("contactEmail", equalTo(email)).body("organizationName", equalTo("Northwind Traders"));
            assertEquals(trialId, activationEvents.await(EventTypes.ACTIVATION_TRIAL_STARTED, trialId).path("licenseId").asText());
            licenseEvents.await(EventTypes.LICENSE_TRIAL_STARTED, trialId);

            var paid = given(sales.issuer()).body(Map.of("modules", Map.of("finance", 5), "maxActivations", 1,
                            "expiresAt", "2031-01-01T00:00:00Z"))
                    .post("/api/v1/licenses/{id}/conversions", trialId).then().statusCode(201).extract();
            String paidId = paid.path("id");
            String paidSerial = paid.path("serial");
            CdKey paidCdKey = CdKey.of(paid.path("cdKey"));
            assertNotEquals(trial.serial(), paidSerial);
            JsonNode converted = licenseEvents.await(EventTypes.LICENSE_TRIAL_CONVERTED, trialId);
            assertEquals(paidId, converted.path("payload").path("paidLicenseId").asText());
            assertEquals("CONVERTED", licenseEvents.await(EventTypes.LICENSE_TRIAL_ENDED, trialId)
                    .path("payload").path("reason").asText());
            licenseEvents.await(EventTypes.LICENSE_ISSUED, paidId);

            // the program's next heartbeat learns the trial ended and asks for the paid serial
            LicenseStatus ended = await().atMost(EVENTUAL).until(licensing::heartbeat, LicenseStatus::trialEnded);
            assertFalse(ended.licensed());
            ActivationRequest paidHere = new ActivationRequest(paidSerial, paidCdKey, organization, product, "1.0.0",
                    machine.fingerprint(), machine.components(), "nw-erp-01");
            await().atMost(EVENTUAL).ignoreExceptions().until(() -> api.preview(paidHere).wouldSucceed());
            LicenseStatus activated = licensing.activate(paidSerial, paidCdKey, organization, "nw-erp-01");
            assertTrue(activated.licensed());
            assertFalse(activated.license().trial());
            assertEquals(Map.of("finance", 5), activated.license().modules());
            assertEquals("VALID", licensing.heartbeat().lastCode());

            String paidActivation = activated.license().activationId().toString();
            activationEvents.await(EventTypes.ACTIVATION_CREATED, paidId);
            activationEvents.await(EventTypes.ACTIVATION_DEACTIVATED, trialId);
            given(support).get("/api/v1/support/serials/{serial}", paidSerial).then().statusCode(200)
                    .body("activations", hasSize(1)).body("activations[0].id", equalTo(paidActivation))
                    .body("activations[0].status", equalTo("ACTIVE"))
                    .body("reregistrations.usedLastYear", equalTo(0));
            given(support).get("/api/v1/support/serials/{serial}", trial.serial()).then().statusCode(200)
                    .body("activations[0].status", equalTo("CONVERTED"));
            given(support).get("/api/v1/support/accounts/{id}/activation-usage", activated.license().accountId())
                    .then().statusCode(200)
                    .body("find { it.serial == '" + paidSerial + "' }.activationsUsed", equalTo(1))
                    .body("find { it.serial == '" + trial.serial() + "' }.activationsUsed", equalTo(0));
            assertEquals("TRIAL_ENDED", api.validate(trial.serial(), machine.fingerprint(), "1.0.0", trial.cdKey()).code(),
                    "the trial answers that it ended, also to its own CD key");
            given(sales.issuer()).get("/api/v1/trials/{id}", trialId).then()
                    .body("status", equalTo("CONVERTED")).body("convertedTo", equalTo(paidId));

            given(auditor).queryParam("serial", trial.serial()).get("/api/v1/audit").then().statusCode(200)
                    .body("action", hasItems("start trial", "end trial"))
                    .body("find { it.action == 'end trial' }.reason", equalTo("CONVERTED"));
            given(auditor).queryParam("serial", paidSerial).get("/api/v1/audit").then().statusCode(200)
                    .body("action", hasItem("issue"));
        }
    }

    /** What the vendor ships with the product: both services' public keys. */
    private TrustedKeys keys(Sales sales, ActivationApi api) throws IOException {
        Path issuerKeys = Files.writeString(data.resolve("issuer-jwks.json"),
                given(sales.issuer()).get("/.well-known/jwks.json").asString());
        Path activationKeys = Files.writeString(data.resolve("activation-jwks.json"), api.jwks());
        return TrustedKeys.builder().licenseKeys(TrustedKeys.file(issuerKeys))
                .activationKeys(TrustedKeys.file(activationKeys)).build();
    }
}
