package com.licenseforge.activation.trials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A trial started here: which machine (fingerprint hash and hardware components) and which person (the hash of
 * the normalised contact e-mail) used the product's trial. Never deleted: it is what refuses the next one.
 */
@Entity
@Table(name = "trial")
public class Trial {

    @Id
    public UUID id;

    @Column(name = "product_code")
    public String productCode;

    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "fingerprint_hash")
    public String fingerprintHash;

    @Column(name = "email_key")
    public String emailKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> components;

    /** The components as "product name=value" keys: what finds the product's trials on machines sharing one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "component_keys")
    public String[] componentKeys;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ends_at")
    public Instant endsAt;
}
