package com.licenseforge.activation;

import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.format.OfflineKey;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A license as the issuer publishes it: issued with {@link Terms}, changed by new snapshots with growing versions. */
public final class TestLicense {

    /** The entitlement sales would set; tests change fields and republish. */
    public static final class Terms {
        public Map<String, Integer> modules = new LinkedHashMap<>(Map.of("finance", 10, "hr", 3));
        public int maxActivations = 2;
        public Instant expiresAt = Instant.parse("2031-01-01T00:00:00Z");
        public Instant maintenanceUntil = Instant.parse("2029-06-30T00:00:00Z");
        public SalesStatus status = SalesStatus.ACTIVE;
        public UUID accountId;
        /** Whether the snapshot carries the offline public key, as every license issued since it exists does. */
        public boolean offlinePublicKey = true;
        /** Null: a snapshot as issued before floating licenses (node-locked). */
        public LicenseModel model;
        public Duration heartbeatInterval;
        public Duration maxBorrow;

        /** A floating license with {@code heartbeatInterval} and the default longest borrow. */
        public void floating(Duration heartbeatInterval) {
            model = LicenseModel.FLOATING;
            this.heartbeatInterval = heartbeatInterval;
            maxBorrow = LicenseModel.DEFAULT_MAX_BORROW;
        }
    }

    public final UUID id = UUID.randomUUID();
    public final String serial = Serial.generate();
    public final String cdKey = CdKey.generate();
    public final IssuerFacts.Catalogue catalogue;
    public final Terms terms = new Terms();
    private long version;

    private TestLicense(IssuerFacts.Catalogue catalogue) {
        this.catalogue = catalogue;
        this.terms.accountId = catalogue.accountId();
    }

    /** Publishes license.issued and waits until the service knows the serial. */
    public static TestLicense issue(IssuerFacts.Catalogue catalogue, Consumer<Terms> terms) {
        TestLicense license = unpublished(catalogue);
        terms.accept(license.terms);
        license.publishIssued();
        return license;
    }

    /** A license the issuer made but whose license.issued has not arrived here yet (a broker outage). */
    public static TestLicense unpublished(IssuerFacts.Catalogue catalogue) {
        return new TestLicense(catalogue);
    }

    public void publishIssued() {
        publishIssued(Duration.ofSeconds(30));
    }

    /** {@link #publishIssued()} waiting up to {@code atMost}: the run's first license waits for the consumer's group too. */
    public void publishIssued(Duration atMost) {
        publish(EventTypes.LICENSE_ISSUED);
        // the CD key is refused until the license arrives; the wrong keys counted meanwhile are forgotten then
        await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().contentType("application/json")
                        .body(Map.of("serial", serial, "fingerprint", "probe-machine", "cdKey", cdKey))
                        .post("/api/v1/validations").then().statusCode(200));
    }

    public static TestLicense issue(IssuerFacts.Catalogue catalogue) {
        return issue(catalogue, terms -> { });
    }

    /** Publishes the next snapshot after {@code change}; the caller awaits its effect. */
    public EventEnvelope change(String type, Consumer<Terms> change) {
        change.accept(terms);
        return publish(type);
    }

    public EventEnvelope publish(String type) {
        version++;
        LicenseSnapshot snapshot = snapshot(version);
        EventEnvelope envelope = IssuerFacts.envelope(type, id, snapshot);
        IssuerFacts.publish(Topics.LICENSE_EVENTS, id.toString(), envelope);
        return envelope;
    }

    public LicenseSnapshot snapshot(long snapshotVersion) {
        String hash = new CdKeyHasher(IssuerFacts.CD_KEY_HASH_SECRET).hash(serial, CdKey.canonical(cdKey).orElseThrow());
        return new LicenseSnapshot(id, snapshotVersion, serial, hash, catalogue.productCode(), terms.accountId,
                null, Map.copyOf(terms.modules), terms.maxActivations, Instant.parse("2026-01-01T00:00:00Z"),
                terms.expiresAt, terms.maintenanceUntil, terms.status, null, null,
                terms.offlinePublicKey ? OfflineKey.publicKey(serial, cdKey) : null, terms.model,
                terms.heartbeatInterval, terms.maxBorrow, null);
    }

    /** An activation request body for machine {@code fingerprint} in the license's own organization. */
    public Map<String, Object> activation(String fingerprint, String productVersion) {
        return activation(fingerprint, productVersion, catalogue.organizationId());
    }

    public Map<String, Object> activation(String fingerprint, String productVersion, UUID organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("serial", serial);
        body.put("cdKey", cdKey);
        body.put("organizationId", organizationId.toString());
        body.put("productCode", catalogue.productCode());
        body.put("productVersion", productVersion);
        body.put("fingerprint", fingerprint);
        body.put("hostname", "erp-prod-01");
        // components carry the part's serial, as real ones do, so distinct machines are never taken for one another
        body.put("components", Map.of("cpu", "Xeon-123/" + fingerprint, "board", "X11-456/" + fingerprint));
        return body;
    }
}
