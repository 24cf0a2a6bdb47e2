package com.licenseforge.activation.trials;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.events.TrialPolicyChanged;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.format.OfflineKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trials started on the wire: one per product, machine and person, valid until they end, replaced by a paid serial. */
@QuarkusTest
class TrialStartTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static IssuerFacts.Catalogue catalogue;

    @BeforeEach
    void trialsOffered() {
        if (catalogue != null) {
            return;
        }
        catalogue = Customer.readyCatalogue();
        IssuerFacts.publish(Topics.LICENSE_EVENTS, catalogue.productCode(), IssuerFacts.envelope(
                EventTypes.PRODUCT_TRIAL_POLICY_CHANGED, null,
                new TrialPolicyChanged(catalogue.productCode(), true, 30, Map.of("finance", 2), 1)));
        String probe = UUID.randomUUID().toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                start(request("probe-" + probe, components("cpu-" + probe, "board-" + probe, "disk-" + probe),
                        "probe-" + probe + "@example.com"), address()).statusCode(201));
    }

    @Test
    void aProductWithoutATrialPolicyOffersNoTrial() {
        Map<String, Object> request = request("machine-" + UUID.randomUUID(), null, unique("jane") + "@example.com");
        request.put("productCode", Customer.catalogue().productCode());
        start(request, address()).statusCode(403).body("code", equalTo("TRIALS_DISABLED"));
    }

    @Test
    void aTrialIsValidWithItsEndThenEndedOnceTheIssuerEndsIt() {
        String fingerprint = "machine-" + UUID.randomUUID();
        JsonPath trial = start(request(fingerprint, null, unique("lee") + "@example.com"), address())
                .statusCode(201)
                .body("serial", notNullValue()).body("cdKey", notNullValue()).body("activationId", notNullValue())
                .body("token", notNullValue())
                .extract().jsonPath();
        Instant endsAt = Instant.parse(trial.getString("trialEndsAt"));
        assertTrue(Duration.between(Instant.now(), endsAt).toDays() >= 29, "the policy's 30 days");
        Map<String, Object> claims = claims(trial.getString("token"));
        assertEquals("TRIAL", claims.get("knd"), "the token says it is a trial");

        validate(trial, fingerprint).statusCode(200).body("valid", equalTo(true)).body("code", equalTo("VALID"))
                .body("trialEndsAt", equalTo(trial.getString("trialEndsAt")));

        // what the issuer publishes when the trial is converted or runs out: the trial's end is now
        endByIssuer(trial, (String) claims.get("acct"), Instant.now().minusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> validate(trial, fingerprint).statusCode(200)
                .body("valid", equalTo(false)).body("code", equalTo("TRIAL_ENDED")).body("trialEndsAt", notNullValue()));
    }

    @Test
    void theSameMachineGetsNoSecondTrialAndBothAreCounted() {
        double started = trials("started");
        double refused = trials("refused_machine");
        String machine = "machine-" + UUID.randomUUID();
        start(request(machine, null, unique("ann") + "@example.com"), address()).statusCode(201);
        start(request(machine, null, unique("bob") + "@example.com"), address())
                .statusCode(409).body("code", equalTo("TRIAL_ALREADY_USED")).body("usedBy", equalTo("machine"));
        assertTrue(trials("started") >= started + 1, "licenseforge_trials_total{outcome=started}");
        assertTrue(trials("refused_machine") >= refused + 1, "licenseforge_trials_total{outcome=refused_machine}");
    }

    private static double trials(String outcome) {
        String series = "licenseforge_trials_total{outcome=\"" + outcome + "\",product=\"" + catalogue.productCode() + "\"}";
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void aNewMachineIdOnMostlyTheSameHardwareGetsNoSecondTrial() {
        String id = UUID.randomUUID().toString();
        start(request("machine-" + id, components("cpu-" + id, "board-" + id, "disk-" + id), unique("cy") + "@example.com"),
                address()).statusCode(201);
        start(request("reset-" + id, components("cpu-" + id, "board-" + id, "new-disk-" + id), unique("di") + "@example.com"),
                address()).statusCode(409).body("code", equalTo("TRIAL_ALREADY_USED")).body("usedBy", equalTo("components"));
        // one shared part is not the same machine
        start(request("other-" + id, components("cpu-" + id, "other-board-" + id, "other-disk-" + id),
                unique("ed") + "@example.com"), address()).statusCode(201);
    }

    @Test
    void theSamePersonGetsNoSecondTrialWhateverTheSpelling() {
        String name = unique("jane.doe");
        start(request("machine-" + UUID.randomUUID(), null, name + "@gmail.com"), address()).statusCode(201);
        for (String spelling : List.of(name.toUpperCase() + "+trial2@gmail.com", name.replace(".", "") + "@googlemail.com")) {
            start(request("machine-" + UUID.randomUUID(), null, spelling), address())
                    .statusCode(409).body("code", equalTo("TRIAL_ALREADY_USED")).body("usedBy", equalTo("email"));
        }
        // dots count elsewhere
        start(request("machine-" + UUID.randomUUID(), null, name.replace(".", "") + "@example.com"), address())
                .statusCode(201);
    }

    @Test
    void tenConcurrentStartsFromOneMachineMakeOneTrial() throws Exception {
        String machine = "machine-" + UUID.randomUUID();
        String address = address();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Response>> outcomes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Map<String, Object> body = request(machine, null, unique("racer" + i) + "@example.com");
                Callable<Response> contender = () -> {
                    go.await();
                    return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(body)
                            .post("/api/v1/trials");
                };
                outcomes.add(pool.submit(contender));
            }
            go.countDown();
            int started = 0;
            int refused = 0;
            for (Future<Response> outcome : outcomes) {
                Response response = outcome.get();
                if (response.statusCode() == 201) {
                    started++;
                } else if (response.statusCode() == 409 && "TRIAL_ALREADY_USED".equals(response.jsonPath().getString("code"))) {
                    refused++;
                }
            }
            assertEquals(1, started, "exactly one trial");
            assertEquals(9, refused, "every other start is told the trial was used");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void startsAreThrottledPerAddressOnly() {
        String busy = address();
        for (int i = 0; i < 10; i++) {
            start(request("machine-" + UUID.randomUUID(), null, unique("busy") + "@example.com"), busy).statusCode(201);
        }
        start(request("machine-" + UUID.randomUUID(), null, unique("busy") + "@example.com"), busy)
                .statusCode(429).body("code", equalTo("TOO_MANY_REQUESTS")).header("Retry-After", notNullValue());
        start(request("machine-" + UUID.randomUUID(), null, unique("calm") + "@example.com"), address()).statusCode(201);
    }

    @Test
    void thePaidSerialOnTheTrialMachineEndsTheTrialThereWithoutASecondSlot() {
        String machine = "machine-" + UUID.randomUUID();
        JsonPath trial = start(request(machine, null, unique("paid") + "@example.com"), address())
                .statusCode(201).extract().jsonPath();
        TestLicense paid = TestLicense.issue(catalogue, terms -> terms.maxActivations = 1);
        Customer.activate(paid.activation(machine, "2.0.0")).statusCode(201);

        validate(trial, machine).statusCode(200).body("valid", equalTo(false)).body("code", equalTo("NOT_ACTIVATED"));
        Customer.validate(paid, machine, "2.0.0").statusCode(200).body("code", equalTo("VALID"));
        Customer.preview(paid.activation("second-" + machine, "2.0.0")).statusCode(200)
                .body("activationsUsed", equalTo(1)).body("code", equalTo("TOO_MANY_ACTIVATIONS"));
    }

    @Test
    void theProspectsMailIsInTheLanguageNamedElseTheOneAcceptLanguagePrefersElseEnglish() {
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            Map<String, Object> named = request("machine-" + UUID.randomUUID(), null, unique("li") + "@example.com");
            named.put("language", "zh");
            assertEquals("zh", languageOf(probe, start(named, address(), "de-CH, de;q=0.9")));
            assertEquals("de", languageOf(probe, start(request("machine-" + UUID.randomUUID(), null,
                    unique("max") + "@example.com"), address(), "fr-FR, de-AT;q=0.8, en;q=0.5")));
            assertEquals("en", languageOf(probe, start(request("machine-" + UUID.randomUUID(), null,
                    unique("ana") + "@example.com"), address(), "fr, es;q=0.5")));
            assertEquals("en", languageOf(probe, start(request("machine-" + UUID.randomUUID(), null,
                    unique("bo") + "@example.com"), address(), "de;q=nonsense")));
        }
        for (String language : List.of("fr", "DE", "", "de-CH")) {
            Map<String, Object> wrong = request("machine-" + UUID.randomUUID(), null, unique("x") + "@example.com");
            wrong.put("language", language);
            start(wrong, address()).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("language"));
        }
    }

    /** The language activation.trial-started carries for the trial this start answered. */
    private static String languageOf(EventProbe probe, ValidatableResponse started) {
        UUID licenseId = UUID.fromString(started.statusCode(201).extract().path("licenseId"));
        return probe.await(EventTypes.ACTIVATION_TRIAL_STARTED, licenseId).path("payload").path("language").asText();
    }

    private static ValidatableResponse start(Map<String, Object> request, String address, String acceptLanguage) {
        return given().header("X-Forwarded-For", address).header("Accept-Language", acceptLanguage)
                .contentType(ContentType.JSON).body(request).post("/api/v1/trials").then();
    }

    private static Map<String, Object> request(String fingerprint, Map<String, String> components, String email) {
        Map<String, Object> request = new HashMap<>();
        request.put("productCode", catalogue.productCode());
        request.put("productVersion", "2.0.0");
        request.put("organizationName", "Northwind " + fingerprint);
        request.put("contactEmail", email);
        request.put("fingerprint", fingerprint);
        if (components != null) {
            request.put("components", components);
        }
        return request;
    }

    private static ValidatableResponse start(Map<String, Object> request, String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(request).post("/api/v1/trials").then();
    }

    private static ValidatableResponse validate(JsonPath trial, String fingerprint) {
        return given().contentType(ContentType.JSON).body(Map.of("serial", trial.getString("serial"),
                        "fingerprint", fingerprint, "cdKey", trial.getString("cdKey")))
                .post("/api/v1/validations").then();
    }

    private static void endByIssuer(JsonPath trial, String accountId, Instant end) {
        String serial = trial.getString("serial");
        String cdKey = trial.getString("cdKey");
        UUID licenseId = UUID.fromString(trial.getString("licenseId"));
        LicenseSnapshot snapshot = new LicenseSnapshot(licenseId, 2, serial,
                new CdKeyHasher(IssuerFacts.CD_KEY_HASH_SECRET).hash(serial, CdKey.canonical(cdKey).orElseThrow()),
                catalogue.productCode(), UUID.fromString(accountId), null, Map.of("finance", 2), 1,
                end.minus(Duration.ofDays(1)), end, null, SalesStatus.ACTIVE, "trial-" + serial, "CONVERTED",
                OfflineKey.publicKey(serial, cdKey), null, null, null, LicenseKind.TRIAL);
        IssuerFacts.publish(Topics.LICENSE_EVENTS, licenseId.toString(),
                IssuerFacts.envelope(EventTypes.LICENSE_TRIAL_ENDED, licenseId, snapshot));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new JsonPath(payload).getMap("$");
    }

    private static Map<String, String> components(String cpu, String board, String disk) {
        return Map.of("cpu", cpu, "board", board, "disk", disk);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Each start comes from its own documentation address unless a test means one address. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
