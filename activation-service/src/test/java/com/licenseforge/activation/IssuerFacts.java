package com.licenseforge.activation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.licenseforge.common.events.AccountRegistered;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.events.ProductVersionReleased;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.testing.Infrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes what the issuer and billing-sync publish, shaped exactly as they do (EventCodec envelopes), to the
 * real broker: the only way the read model of the service under test is fed.
 */
public final class IssuerFacts {

    public static final String CD_KEY_HASH_SECRET = "test-only-cd-key-hash-secret";
    /** The tax id the catalogue's organization carries; its sister has none. */
    public static final String CONTOSO_GMBH_TAX_ID = "DE123456789";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private IssuerFacts() {
    }

    /**
     * A product with versions 1.0.0 (2026-01), 2.0.0 (2026-09) and 3.0.0 (2030-01), an account with two
     * organizations (Contoso GmbH with a tax id, Contoso AG without), and a stranger's account with one.
     */
    public record Catalogue(String productCode, UUID accountId, UUID organizationId, UUID sisterOrganizationId,
                     UUID foreignAccountId, UUID foreignOrganizationId) {
    }

    public static Catalogue catalogue() {
        String product = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        fact(EventTypes.PRODUCT_REGISTERED, product, new ProductRegistered(product, "Acme ERP", List.of("finance", "hr")));
        for (Map.Entry<String, String> version : Map.of("1.0.0", "2026-01-15T00:00:00Z", "2.0.0", "2026-09-01T00:00:00Z",
                "3.0.0", "2030-01-15T00:00:00Z").entrySet()) {
            fact(EventTypes.PRODUCT_VERSION_RELEASED, product,
                    new ProductVersionReleased(product, version.getKey(), Instant.parse(version.getValue())));
        }
        UUID account = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        fact(EventTypes.ACCOUNT_REGISTERED, account.toString(), new AccountRegistered(account, "Contoso Holding", null));
        fact(EventTypes.ACCOUNT_REGISTERED, stranger.toString(), new AccountRegistered(stranger, "Fabrikam", null));
        Catalogue catalogue = new Catalogue(product, account, UUID.randomUUID(), UUID.randomUUID(), stranger,
                UUID.randomUUID());
        organization(catalogue.organizationId(), account, "Contoso GmbH", CONTOSO_GMBH_TAX_ID);
        organization(catalogue.sisterOrganizationId(), account, "Contoso AG", null);
        organization(catalogue.foreignOrganizationId(), stranger, "Fabrikam Ltd", null);
        return catalogue;
    }

    public static void billing(String type, UUID licenseId, Standing standing, Instant pastDueSince, Instant graceEndsAt) {
        publish(Topics.BILLING_EVENTS, licenseId.toString(),
                envelope(type, licenseId, new BillingStandingChanged(licenseId, standing, pastDueSince, graceEndsAt)));
    }

    public static EventEnvelope envelope(String type, UUID licenseId, Object payload) {
        return new EventEnvelope(UUID.randomUUID(), type, EventEnvelope.SCHEMA_VERSION, Instant.now(), licenseId,
                "test", JSON.valueToTree(payload));
    }

    public static void publish(String topic, String key, EventEnvelope envelope) {
        try {
            publishRaw(topic, key, JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void publishRaw(String topic, String key, String value) {
        if (producer == null) {
            Infrastructure.ensureKafka();
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing to " + topic + " failed", e);
        }
    }

    private static void organization(UUID id, UUID account, String name, String taxId) {
        fact(EventTypes.ORGANIZATION_REGISTERED, id.toString(), new OrganizationRegistered(id, account, name, taxId));
    }

    private static void fact(String type, String key, Object payload) {
        publish(Topics.LICENSE_EVENTS, key, envelope(type, null, payload));
    }
}
