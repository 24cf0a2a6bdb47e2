package com.licenseforge.common.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published; the row is deleted once the broker has acknowledged it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    /** Assigned by the database; publication follows it so one key's events keep their order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The request that caused the event, passed on as a Kafka header so consumers log it too; may be null. */
    @Column(name = "request_id")
    public String requestId;
}
