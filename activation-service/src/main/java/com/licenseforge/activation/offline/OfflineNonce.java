package com.licenseforge.activation.offline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The nonce of an accepted offline request, with the digest of the request's signed lines and its activation. */
@Entity
@Table(name = "offline_nonce")
@IdClass(OfflineNonce.Key.class)
public class OfflineNonce {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    @Id
    public String nonce;

    @Column(name = "request_digest")
    public String requestDigest;

    /** The activation the request made (or found on its machine) when it was accepted. */
    @Column(name = "activation_id")
    public UUID activationId;

    @Column(name = "used_at")
    public Instant usedAt;

    public static class Key implements Serializable {
        public UUID licenseId;
        public String nonce;

        public Key() {
        }

        public Key(UUID licenseId, String nonce) {
            this.licenseId = licenseId;
            this.nonce = nonce;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(licenseId, other.licenseId)
                    && Objects.equals(nonce, other.nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(licenseId, nonce);
        }
    }
}
