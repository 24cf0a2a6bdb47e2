package com.licenseforge.system;

import com.licenseforge.client.activation.api.ActivationsApi;
import com.licenseforge.client.activation.api.ValidationsApi;
import com.licenseforge.client.activation.model.ActivationPreview;
import com.licenseforge.client.activation.model.ActivationRequest;
import com.licenseforge.client.activation.model.ActivationResponse;
import com.licenseforge.client.activation.model.OrganizationChoice;
import com.licenseforge.client.activation.model.OrganizationsRequest;
import com.licenseforge.client.activation.model.TrialRequest;
import com.licenseforge.client.activation.model.TrialResponse;
import com.licenseforge.client.activation.model.ValidationAnswer;
import com.licenseforge.client.activation.model.ValidationRequest;
import com.licenseforge.client.billing.api.BillingProviderApi;
import com.licenseforge.client.billing.model.Data;
import com.licenseforge.client.billing.model.ProviderEvent;
import com.licenseforge.client.issuer.ApiException;
import com.licenseforge.client.issuer.ApiResponse;
import com.licenseforge.client.issuer.api.CatalogueApi;
import com.licenseforge.client.issuer.api.CustomersApi;
import com.licenseforge.client.issuer.api.LicensesApi;
import com.licenseforge.client.issuer.model.AccountView;
import com.licenseforge.client.issuer.model.IssueLicense;
import com.licenseforge.client.issuer.model.LicenseView;
import com.licenseforge.client.issuer.model.NewAccount;
import com.licenseforge.client.issuer.model.NewOrganization;
import com.licenseforge.client.issuer.model.NewProduct;
import com.licenseforge.client.issuer.model.NewVersion;
import com.licenseforge.client.issuer.model.OrganizationView;
import com.licenseforge.client.issuer.model.ProductView;
import com.licenseforge.client.issuer.model.TrialConversion;
import com.licenseforge.client.issuer.model.TrialPolicy;
import com.licenseforge.client.issuer.model.TrialView;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's walk-through, step by step, on Java clients generated from the services' published OpenAPI
 * documents (see this module's pom): what a customer's developer gets from the documents must be enough.
 */
final class ReadmeWalkThrough {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    private final com.licenseforge.client.issuer.ApiClient issuer = new com.licenseforge.client.issuer.ApiClient();
    private final com.licenseforge.client.activation.ApiClient activation = new com.licenseforge.client.activation.ApiClient();
    private final com.licenseforge.client.billing.ApiClient billing = new com.licenseforge.client.billing.ApiClient();

    ReadmeWalkThrough(String salesToken) {
        issuer.updateBaseUri("http://127.0.0.1:" + LocalSystem.ISSUER_PORT);
        issuer.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + salesToken));
        activation.updateBaseUri("http://127.0.0.1:" + LocalSystem.ACTIVATION_PORT);
        billing.updateBaseUri("http://127.0.0.1:" + LocalSystem.BILLING_PORT);
    }

    void run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String product = "erp-" + run;
        String billingRef = "sub_contoso_" + run;

        // Sales: catalogue, customer, license; creates answer 201 with Location and the created resource.
        CatalogueApi catalogue = new CatalogueApi(issuer);
        ApiResponse<ProductView> created = catalogue.createProductWithHttpInfo(
                new NewProduct().code(product).name("Acme ERP").modules(List.of("finance", "hr")), null, null);
        assertEquals(201, created.getStatusCode());
        assertTrue(created.getHeaders().get("location").get(0).endsWith("/api/v1/products/" + product));
        catalogue.releaseProductVersion(product, new NewVersion().version("2.0.0")
                .releasedAt(OffsetDateTime.parse("2026-03-01T00:00:00Z")), null, null);
        CustomersApi customers = new CustomersApi(issuer);
        AccountView account = customers.createAccount(new NewAccount().name("Contoso Holding"), null, null);
        OrganizationView organization = customers.createOrganization(account.getId(),
                new NewOrganization().name("Contoso GmbH"), null, null);
        LicensesApi licenses = new LicensesApi(issuer);
        IssueLicense terms = new IssueLicense().productCode(product).accountId(account.getId())
                .modules(Map.of("finance", 10, "hr", 3)).maxActivations(2)
                .expiresAt(OffsetDateTime.parse("2031-01-01T00:00:00Z"))
                .maintenanceUntil(OffsetDateTime.parse("2030-01-01T00:00:00Z")).billingRef(billingRef);
        LicenseView license = licenses.issueLicense(terms, null, null);
        assertNotNull(license.getCdKey(), "the one-time CD key reaches the client");
        assertTrue(licenses.getLicenseFile(license.getId(), null).contains(license.getSerial()));
        assertNotNull(licenses.getLicenseToken(license.getId(), null));
        ApiException reused = assertThrows(ApiException.class, () -> licenses.issueLicense(terms, null, null));
        assertEquals(409, reused.getCode());
        assertEquals("CONFLICT", issuer.getObjectMapper().readTree(reused.getResponseBody()).path("code").asText());

        // Customer system: preview, activate, validate (activation-service learns the license through Kafka).
        ActivationsApi activations = new ActivationsApi(activation);
        ActivationRequest request = new ActivationRequest().serial(license.getSerial()).cdKey(license.getCdKey())
                .organizationId(organization.getId()).productCode(product).productVersion("2.0.0")
                .fingerprint("host-7f3a9c1e-board-22-" + run).hostname("erp-prod-01");
        // Until the license arrives, its serial is unknown here and the answer is 401 INVALID_CREDENTIALS.
        await().atMost(EVENTUAL).ignoreExceptionsMatching(ReadmeWalkThrough::licenseNotYetKnown).untilAsserted(() -> {
            ActivationPreview preview = activations.previewActivation(request, null);
            assertEquals(Boolean.TRUE, preview.getWouldSucceed());
        });
        ActivationResponse activated = activations.activate(request, null);
        assertNotNull(activated.getActivationId());
        ValidationsApi validations = new ValidationsApi(activation);
        ValidationRequest heartbeat = new ValidationRequest().serial(license.getSerial())
                .fingerprint(request.getFingerprint()).token(activated.getToken());
        assertEquals(ValidationAnswer.CodeEnum.VALID, validations.validate(heartbeat, null).getCode());

        // Billing: an invoice due yesterday makes the license past due, with the grace end; payment restores it.
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Data invoice = new Data().billingRef(billingRef).invoiceId("in_" + run).amountDue(new BigDecimal("1200"))
                .dueAt(due);
        deliver(new ProviderEvent().id("evt_" + run + "_1").type("invoice.created").createdAt(due).data(invoice));
        await().atMost(EVENTUAL).untilAsserted(() -> {
            ValidationAnswer answer = validations.validate(heartbeat, null);
            assertEquals(ValidationAnswer.CodeEnum.PAST_DUE, answer.getCode());
            assertEquals(Boolean.TRUE, answer.getValid());
            assertNotNull(answer.getGraceEndsAt());
        });
        deliver(new ProviderEvent().id("evt_" + run + "_2").type("invoice.paid").createdAt(due).data(invoice));
        await().atMost(EVENTUAL).untilAsserted(() ->
                assertEquals(ValidationAnswer.CodeEnum.VALID, validations.validate(heartbeat, null).getCode()));

        trialPath(product, run);
    }

    /**
     * The trial path: sales offers trials, a prospect's machine starts one and validates, sales converts it, and
     * the paid serial activates on that machine, ending the trial there.
     */
    private void trialPath(String product, String run) throws Exception {
        new CatalogueApi(issuer).setTrialPolicy(product, new TrialPolicy().enabled(true).durationDays(14)
                .modules(Map.of("finance", 2)).maxActivations(1), null);
        Map<String, String> components = Map.of("cpu", "cpu-" + run, "board", "board-" + run, "disk", "disk-" + run);
        String fingerprint = "trial-host-" + run;
        var trials = new com.licenseforge.client.activation.api.TrialsApi(activation);
        TrialRequest start = new TrialRequest().productCode(product).productVersion("2.0.0")
                .organizationName("Northwind Traders").contactEmail("jane.doe+" + run + "@gmail.com")
                .fingerprint(fingerprint).components(components);
        // until the policy arrives through Kafka the product offers no trials (403 TRIALS_DISABLED)
        TrialResponse trial = await().atMost(EVENTUAL).ignoreExceptionsMatching(ReadmeWalkThrough::trialsNotYetOffered)
                .until(() -> trials.startTrial(start, null, null), started -> true);
        assertNotNull(trial.getCdKey());
        ValidationsApi validations = new ValidationsApi(activation);
        ValidationAnswer valid = validations.validate(new ValidationRequest().serial(trial.getSerial())
                .fingerprint(fingerprint).token(trial.getToken()), null);
        assertEquals(ValidationAnswer.CodeEnum.VALID, valid.getCode());
        assertEquals(trial.getTrialEndsAt().toInstant().getEpochSecond(), valid.getTrialEndsAt().toInstant().getEpochSecond());
        com.licenseforge.client.activation.ApiException second = assertThrows(
                com.licenseforge.client.activation.ApiException.class, () -> trials.startTrial(new TrialRequest()
                        .productCode(product).productVersion("2.0.0").organizationName("Northwind")
                        .contactEmail("other-" + run + "@example.com").fingerprint("reset-" + run)
                        .components(components), null, null));
        assertEquals(409, second.getCode());

        // the issuer adopts the trial from activation-events; sales converts it
        var issuerTrials = new com.licenseforge.client.issuer.api.TrialsApi(issuer);
        await().atMost(EVENTUAL).ignoreExceptions().until(() -> issuerTrials.getTrial(trial.getLicenseId(), null),
                adopted -> "RUNNING".equals(String.valueOf(adopted.getStatus())));
        LicenseView paid = new LicensesApi(issuer).convertTrial(trial.getLicenseId(), new TrialConversion()
                .modules(Map.of("finance", 10, "hr", 3)).maxActivations(1)
                .expiresAt(OffsetDateTime.parse("2031-01-01T00:00:00Z")), null, null);
        assertEquals("PAID", paid.getKind());
        TrialView converted = issuerTrials.getTrial(trial.getLicenseId(), null);
        assertEquals("CONVERTED", String.valueOf(converted.getStatus()));
        assertEquals(paid.getId(), converted.getConvertedTo());

        // the paid serial on the trial's machine: 201, and the trial has ended there
        ActivationsApi activations = new ActivationsApi(activation);
        List<OrganizationChoice> organizations = await().atMost(EVENTUAL)
                .ignoreExceptionsMatching(ReadmeWalkThrough::licenseNotYetKnown).until(() -> activations
                        .listOrganizations(new OrganizationsRequest().serial(paid.getSerial()).cdKey(paid.getCdKey()), null),
                        found -> !found.isEmpty());
        ActivationResponse activated = activations.activate(new ActivationRequest().serial(paid.getSerial())
                .cdKey(paid.getCdKey()).organizationId(organizations.get(0).getId()).productCode(product)
                .productVersion("2.0.0").fingerprint(fingerprint).components(components), null);
        assertNotNull(activated.getActivationId());
        ValidationAnswer ended = validations.validate(new ValidationRequest().serial(trial.getSerial())
                .fingerprint(fingerprint).token(trial.getToken()), null);
        assertEquals(Boolean.FALSE, ended.getValid());
        assertEquals(ValidationAnswer.CodeEnum.TRIAL_ENDED, ended.getCode());
    }

    private static boolean trialsNotYetOffered(Throwable refusal) {
        return refusal instanceof com.licenseforge.client.activation.ApiException e && e.getCode() == 403;
    }

    private static boolean licenseNotYetKnown(Throwable refusal) {
        return refusal instanceof com.licenseforge.client.activation.ApiException e && e.getCode() == 401;
    }

    /** Signs as the billing provider does: HMAC-SHA256 over "t.body", the body as the client serializes it. */
    private void deliver(ProviderEvent event) throws Exception {
        String body = billing.getObjectMapper().writeValueAsString(event);
        long t = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(LocalSystem.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, new BillingProviderApi(billing)
                .receiveBillingEventWithHttpInfo("t=" + t + ",v1=" + signature, event, null).getStatusCode());
    }
}
