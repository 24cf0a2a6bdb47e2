package com.licenseforge.activation;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Calls the activation API as a customer system does. */
public final class Customer {

    private Customer() {
    }

    public static ValidatableResponse preview(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activations/preview").then();
    }

    /** The organizations a license may be activated into, asked from {@code address} (the proxy's header). */
    public static ValidatableResponse organizations(String serial, String cdKey, String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("serial", serial, "cdKey", cdKey)).post("/api/v1/activations/organizations").then();
    }

    public static ValidatableResponse activate(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activations").then();
    }

    /** A validation proven by the license's CD key, as a machine whose token lapsed sends it. */
    public static ValidatableResponse validate(TestLicense license, String fingerprint, String productVersion) {
        return validate(Map.of("serial", license.serial, "fingerprint", fingerprint, "cdKey", license.cdKey),
                productVersion);
    }

    /** A validation with only serial and fingerprint, as clients from before proofs send it. */
    public static ValidatableResponse validateUnproven(String serial, String fingerprint) {
        return validate(Map.of("serial", serial, "fingerprint", fingerprint), null);
    }

    public static ValidatableResponse validate(Map<String, Object> request, String productVersion) {
        Map<String, Object> body = new HashMap<>(request);
        if (productVersion != null) {
            body.put("productVersion", productVersion);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/validations").then();
    }

    public static ValidatableResponse deactivate(String activationId, String cdKey) {
        return given().header("X-CD-Key", cdKey).delete("/api/v1/activations/{id}", activationId).then();
    }

    private static IssuerFacts.Catalogue shared;

    /** One catalogue for all tests: each test issues its own licenses in it. */
    public static synchronized IssuerFacts.Catalogue catalogue() {
        if (shared == null) {
            shared = readyCatalogue();
        }
        return shared;
    }

    /**
     * A catalogue the service has fully learnt: its facts travel on other keys than the licenses, so a probe
     * license's preview tells when versions and organizations have arrived.
     */
    public static IssuerFacts.Catalogue readyCatalogue() {
        IssuerFacts.Catalogue catalogue = IssuerFacts.catalogue();
        // the first license of a run arrives once the consumer group is assigned, which on a busy machine took over 30 s
        TestLicense probe = TestLicense.unpublished(catalogue);
        probe.publishIssued(Duration.ofSeconds(90));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            preview(probe.activation("probe-machine-1", "1.0.0")).statusCode(200).body("wouldSucceed", equalTo(true));
            preview(probe.activation("probe-machine-1", "2.0.0")).statusCode(200).body("wouldSucceed", equalTo(true));
            preview(probe.activation("probe-machine-1", "3.0.0")).statusCode(200).body("code", equalTo("VERSION_NOT_COVERED"));
            preview(probe.activation("probe-machine-1", "1.0.0", catalogue.sisterOrganizationId()))
                    .statusCode(200).body("wouldSucceed", equalTo(true));
        });
        return catalogue;
    }

    public static ValidatableResponse assignSeats(String activationId, String cdKey, String module, String... users) {
        return given().contentType("application/json").body(Map.of("cdKey", cdKey, "users", users))
                .put("/api/v1/activations/{id}/seats/{module}", activationId, module).then();
    }
}
