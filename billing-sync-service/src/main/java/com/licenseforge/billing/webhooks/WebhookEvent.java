package com.licenseforge.billing.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A provider event exactly as received (raw body), and what processing made of it. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    public enum Outcome {
        APPLIED,
        /** Names a license not known yet; applied when its snapshot arrives. */
        PARKED,
        /** A type this service does not act on: kept and acknowledged. */
        IGNORED
    }

    /** The provider's event id: a second delivery of it has no effect. */
    @Id
    public String id;

    public String type;

    public String body;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** The license reference the event carries, kept so a parked event is found when the license appears. */
    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "billing_ref")
    public String billingRef;

    public boolean isProcessed() {
        return processedAt != null;
    }

    public void processed(Outcome result, Instant at) {
        outcome = result;
        processedAt = result == Outcome.PARKED ? null : at;
    }
}
