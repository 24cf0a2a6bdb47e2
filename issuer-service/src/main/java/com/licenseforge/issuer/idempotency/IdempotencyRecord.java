package com.licenseforge.issuer.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of a staff request sent with an {@code Idempotency-Key}. {@code status} is null while the first
 * request is still running. Secrets in the response (the CD key) are never kept.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Id.class)
public class IdempotencyRecord {

    @jakarta.persistence.Id
    public String actor;

    @jakarta.persistence.Id
    public String key;

    public String operation;

    @Column(name = "request_hash")
    public String requestHash;

    public Integer status;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    @Column(name = "created_at")
    public Instant createdAt;

    public static class Id implements Serializable {
        public String actor;
        public String key;

        public Id() {
        }

        public Id(String actor, String key) {
            this.actor = actor;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(actor, other.actor) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, key);
        }
    }
}
