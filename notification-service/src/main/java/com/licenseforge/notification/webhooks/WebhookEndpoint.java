package com.licenseforge.notification.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A receiver in the vendor's own systems and the event types it wants ({@code *}: all). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final String ALL_EVENTS = "*";

    @Id
    public UUID id;

    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> events;

    public String description;

    /** The signing secret, sealed under the service's key with the endpoint id as associated data. */
    @Column(name = "sealed_secret")
    public String sealedSecret;

    public boolean enabled;

    /** Since when every delivery failed; null after a success. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "created_at")
    public Instant createdAt;

    boolean wants(String type) {
        return events.contains(ALL_EVENTS) || events.contains(type);
    }
}
