package com.licenseforge.activation;

import com.licenseforge.common.testing.PortableDocument;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published OpenAPI document is read alike by every client generator (see {@link PortableDocument}). */
@QuarkusTest
class PortableDocumentTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void theDocumentNeedsNoWorkaroundInAGeneratedClient() {
        assertEquals(List.of(), PortableDocument.violations(base));
    }

    @Test
    void requestSchemasHaveTheMembersAndBoundsTheServerChecks() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.ValidationRequest.properties.keySet()",
                        containsInAnyOrder("serial", "fingerprint", "productVersion", "token", "cdKey"))
                .body("components.schemas.ValidationRequest.properties.fingerprint.minLength", equalTo(8))
                .body("components.schemas.ValidationRequest.properties.fingerprint.maxLength", equalTo(512))
                .body("components.schemas.ActivationRequest.properties.fingerprint.minLength", equalTo(8))
                .body("components.schemas.ActivationRequest.properties.fingerprint.maxLength", equalTo(512))
                .body("components.schemas.ReregistrationRequest.properties.newFingerprint.minLength", equalTo(8))
                .body("components.schemas.ActivationRequest.properties.hostname.pattern", equalTo("^[^\\x00-\\x1F\\x7F]*$"))
                .body("components.schemas.TrialRequest.properties.language.enum", contains("en", "de", "zh"))
                .body("components.schemas.TrialRequest.properties.language.pattern", equalTo("^(en|de|zh)$"));
    }
}
