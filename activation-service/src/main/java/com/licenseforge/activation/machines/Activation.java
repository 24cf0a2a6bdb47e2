package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.ProductVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A license activated on one machine of one organization. Only the fingerprint's hash is kept. */
@Entity
@Table(name = "activation")
public class Activation {

    @Id
    public UUID id;

    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "fingerprint_hash")
    public String fingerprintHash;

    @Column(name = "product_version")
    public String productVersion;

    public String hostname;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> components;

    /** The components as canonical "name=value" pairs: what finds this machine's candidates by index. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "component_pairs")
    public String[] componentPairs;

    @Enumerated(EnumType.STRING)
    public ActivationStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** A floating license's machine: until when it holds its slot without validating again; else null. */
    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    /** The end of a borrow for offline use; the machine is not culled before it. */
    @Column(name = "borrowed_until")
    public Instant borrowedUntil;

    /** When the culler may end this activation (the lease end plus the grace); null: never (node-locked). */
    @Column(name = "cull_after")
    public Instant cullAfter;

    public boolean isActive() {
        return status == ActivationStatus.ACTIVE;
    }

    public int major() {
        return ProductVersion.major(productVersion);
    }

    /**
     * Whether a machine reporting {@code reported} hardware components is this one after a hardware change: more
     * than half of the components recorded here, and at least two, are reported unchanged. A swapped disk keeps
     * the machine; a new board and CPU make another one. Names and values compare without case or blanks.
     */
    public boolean recognises(Map<String, String> reported) {
        return recognises(components, reported);
    }

    /** The rule of {@link #recognises(Map)} for any machine whose components were {@code recorded}. */
    public static boolean recognises(Map<String, String> recorded, Map<String, String> reported) {
        if (recorded == null || reported == null) {
            return false;
        }
        Map<String, String> now = new HashMap<>();
        reported.forEach((name, value) -> now.put(canonical(name), canonical(value)));
        long unchanged = recorded.entrySet().stream()
                .filter(component -> canonical(component.getValue()).equals(now.get(canonical(component.getKey()))))
                .count();
        return unchanged >= 2 && unchanged * 2 > recorded.size();
    }

    /** Records the hardware components the machine reports (kept for support and for recognising it later). */
    public void recordComponents(Map<String, String> reported) {
        components = reported;
        componentPairs = pairs(reported);
    }

    /** Canonical "name=value" pairs of {@code components}: any two that {@link #recognises} counts as unchanged are equal. */
    public static String[] pairs(Map<String, String> components) {
        if (components == null) {
            return null;
        }
        return components.entrySet().stream()
                .map(component -> canonical(component.getKey()) + "=" + canonical(component.getValue()))
                .distinct()
                .toArray(String[]::new);
    }

    private static String canonical(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public void end(ActivationStatus reason, Instant now) {
        status = reason;
        endedAt = now;
    }
}
