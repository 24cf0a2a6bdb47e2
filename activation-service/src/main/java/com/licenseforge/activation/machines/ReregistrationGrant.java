package com.licenseforge.activation.machines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Extra re-registrations support granted to a license, usable for 365 days. */
@Entity
@Table(name = "reregistration_grant")
public class ReregistrationGrant {

    @Id
    public UUID id;

    @Column(name = "license_id")
    public UUID licenseId;

    public int extra;

    @Column(name = "granted_at")
    public Instant grantedAt;
}
