package com.licenseforge.activation.machines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An activation moved to a new machine fingerprint after a hardware change; counted against a yearly allowance. */
@Entity
@Table(name = "reregistration")
public class Reregistration {

    @Id
    public UUID id;

    @Column(name = "activation_id")
    public UUID activationId;

    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "from_fingerprint_hash")
    public String fromFingerprintHash;

    @Column(name = "to_fingerprint_hash")
    public String toFingerprintHash;

    public Instant at;
}
