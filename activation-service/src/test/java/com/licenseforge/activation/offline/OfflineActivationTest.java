package com.licenseforge.activation.offline;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.Fingerprint;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.token.LicenseFile;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class OfflineActivationTest {

    @Test
    void aRequestFileIsAnsweredWithALicenseFileThatVerifiesOffline() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String request = RequestFile.of(license, "machine-offline-1")
                .with("Hostname", "erp-vault-01").with("Component-CPU", "Xeon-123").signed();
        assertFalse(request.contains(CdKey.canonical(license.cdKey).orElseThrow()));
        String file = post(request).statusCode(200).extract().asString();

        JWTClaimsSet claims = verified(file);
        assertEquals(license.serial, claims.getSubject());
        assertEquals(Fingerprint.hash("machine-offline-1"), claims.getClaim(TokenClaims.FINGERPRINT));
        assertEquals(license.serial, LicenseFile.headersOf(file).get("Serial"));
        String activation = LicenseFile.headersOf(file).get("Activation");
        Customer.validate(license, "machine-offline-1", null).body("code", equalTo("VALID"));

        String again = post(request).statusCode(200).extract().asString();
        assertEquals(activation, LicenseFile.headersOf(again).get("Activation"), "same file, same activation");
        assertEquals(activation, verified(again).getClaim(TokenClaims.ACTIVATION_ID));
        given().header("Authorization", SupportStaff.SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("activations.findAll { it.status == 'ACTIVE' }.size()", equalTo(1));
    }

    @Test
    void aTamperedLineOrAWrongProofIsRefusedAndCountsTowardsTheLock() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        String request = RequestFile.of(license, "machine-offline-2").signed();

        post(request.replace("Fingerprint: machine-offline-2", "Fingerprint: machine-offline-9"), address)
                .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        post(request.replace("Version: 1.0.0", "Version: 2.0.0"), address).statusCode(401);
        String wrongKey = CdKey.generate();
        for (int i = 0; i < 3; i++) {
            post(RequestFile.of(license, "machine-offline-2").signedBy(wrongKey), address)
                    .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        post(request, address).statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"))
                .header("Retry-After", notNullValue());
        Customer.validate(license, "machine-offline-2", null).body("code", equalTo("NOT_ACTIVATED"));
    }

    @Test
    void aNonceIsSpentByTheFirstRequestThatUsesIt() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String nonce = OfflineProof.nonce();
        String first = RequestFile.of(license, "machine-offline-3").with("Nonce", nonce).signed();
        String activation = LicenseFile.headersOf(post(first).statusCode(200).extract().asString()).get("Activation");

        post(RequestFile.of(license, "machine-offline-4").with("Nonce", nonce).signed()).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("Nonce"));
        Customer.validate(license, "machine-offline-4", null).body("code", equalTo("FINGERPRINT_MISMATCH"));
        assertEquals(activation, LicenseFile.headersOf(post(first).statusCode(200).extract().asString())
                .get("Activation"));
        post(RequestFile.of(license, "machine-offline-4").signed()).statusCode(200);
    }

    @Test
    void staleRequestsMalformedLinesAndCdKeysAreRefused() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        refused(RequestFile.of(license, "machine-offline-5")
                .with("Issued-At", now.minus(Duration.ofDays(31)).toString()).signed(), "Issued-At");
        refused(RequestFile.of(license, "machine-offline-5")
                .with("Issued-At", now.plus(Duration.ofHours(1)).toString()).signed(), "Issued-At");
        refused(RequestFile.of(license, "machine-offline-5").with("Issued-At", "yesterday").signed(), "Issued-At");
        refused(RequestFile.of(license, "machine-offline-5").with("Nonce", "too-short").signed(), "Nonce");

        String request = RequestFile.of(license, "machine-offline-5").signed();
        post(request.replace("Product:", "CD-Key: " + license.cdKey + "\nProduct:")).statusCode(400)
                .body("errors[0].field", equalTo("CD-Key")).body(not(containsString(license.cdKey)));
        refused(request.replace("Fingerprint: machine-offline-5\n", ""), "Fingerprint");
        refused(request.replace("Signature:", "Product: erp\nSignature:"), "Product");
        refused(request.replace("Signature:", "Proof: " + "A".repeat(43) + "\nSignature:"), "Proof");
        refused(request.replaceAll("Signature: .*\n", ""), "Signature");
        post("hello").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("body"));
        post(request).statusCode(200);
    }

    @Test
    void aSpentRequestNeverMakesANewActivation() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 1);
        String reset = RequestFile.of(license, "machine-offline-8").signed();
        String activation = LicenseFile.headersOf(post(reset).statusCode(200).extract().asString()).get("Activation");
        given().header("Authorization", SupportStaff.SUPPORT).contentType("application/json")
                .body(Map.of("activationId", activation, "reason", "machine replaced, ticket 12"))
                .post("/api/v1/support/serials/{serial}/activation-resets", license.serial).then().statusCode(200);
        post(reset).statusCode(409).contentType("application/problem+json").body("code", equalTo("REQUEST_SPENT"));
        // the real replacement takes the slot the captured file could not
        String replacement = RequestFile.of(license, "machine-offline-9").signed();
        String second = LicenseFile.headersOf(post(replacement).statusCode(200).extract().asString()).get("Activation");

        Customer.deactivate(second, license.cdKey).statusCode(204);
        post(replacement).statusCode(409).body("code", equalTo("REQUEST_SPENT"));
        Customer.validate(license, "machine-offline-9", null).body("code", equalTo("NOT_ACTIVATED"));
    }

    @Test
    void anAdversarialBodyIsRefusedAtOnce() {
        String begin = "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n";
        post(begin.repeat(4000)).statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        post(begin.repeat(300)).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        TestLicense license = TestLicense.issue(Customer.catalogue());
        refused(RequestFile.of(license, "machine-offline-10").with("Hostname", "vault\u0000").signed(), "Hostname");
        refused(RequestFile.of(license, "machine-offline-10").with("Component-CPU", "x\u0007y").signed(), "Component-cpu");
    }

    @Test
    void aLicenseWithoutPublicKeyGainsItWhenItsCdKeyIsProvenOnline() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), terms -> terms.offlinePublicKey = false);
        post(RequestFile.of(license, "machine-offline-6").signed()).statusCode(409)
                .body("code", equalTo("OFFLINE_ACTIVATION_UNAVAILABLE"));
        Customer.activate(license.activation("machine-offline-6", "1.0.0")).statusCode(201);
        post(RequestFile.of(license, "machine-offline-11").signed()).statusCode(200);
        // a later snapshot of a license issued before public keys has none; the key gained is kept
        license.change(EventTypes.LICENSE_SUSPENDED, terms -> terms.status = SalesStatus.SUSPENDED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                post(RequestFile.of(license, "machine-offline-12").signed()).body("code", equalTo("SUSPENDED")));
    }

    /** The shell steps of OFFLINE.md, run as they are written, produce a file the service accepts. */
    @Test
    void theDocumentedShellStepsProduceAnAcceptedRequest() throws IOException, InterruptedException {
        assumeTrue(onPath("openssl") && onPath("sha256sum") && onPath("xxd"), "openssl, sha256sum and xxd are needed");
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Path dir = Files.createTempDirectory("offline-request");
        ProcessBuilder steps = new ProcessBuilder("sh", "-euc", documentedSteps()).directory(dir.toFile())
                .redirectErrorStream(true);
        // what the machine knows, the CD key as a person might type it
        steps.environment().putAll(Map.of("SERIAL", license.serial, "CD_KEY", license.cdKey.toLowerCase(),
                "ORGANIZATION", license.catalogue.organizationId().toString(),
                "PRODUCT", license.catalogue.productCode(), "VERSION", "1.0.0", "FINGERPRINT", "machine-offline-7"));
        Process shell = steps.start();
        String output = new String(shell.getInputStream().readAllBytes());
        assertEquals(0, shell.waitFor(), output);
        post(Files.readString(dir.resolve("request.txt"))).statusCode(200);
        Customer.validate(license, "machine-offline-7", null).body("code", equalTo("VALID"));
    }

    private static String documentedSteps() throws IOException {
        Matcher block = Pattern.compile("```sh\\n(KEY=.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("OFFLINE.md")));
        assertTrue(block.find(), "OFFLINE.md lost the shell steps this test runs (a sh block starting with KEY=)");
        return block.group(1);
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }

    private static JWTClaimsSet verified(String licenseFile) {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return TokenVerifier.fromJwks(jwks).verify(LicenseFile.tokenOf(licenseFile), TokenClaims.ACTIVATION_TYPE);
    }

    private static void refused(String request, String line) {
        post(request).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo(line));
    }

    private static ValidatableResponse post(String request) {
        return given().contentType("text/plain").body(request).post("/api/v1/offline/activations").then();
    }

    private static ValidatableResponse post(String request, String address) {
        return given().header("X-Forwarded-For", address).contentType("text/plain").body(request)
                .post("/api/v1/offline/activations").then();
    }
}
