package com.licenseforge.activation.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A machine a customer freed in the portal: what the product's self-service limit counts. */
@Entity
@Table(name = "self_service_deactivation")
public class SelfServiceDeactivation {

    @Id
    public UUID id;

    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "activation_id")
    public UUID activationId;

    public String actor;

    public Instant at;
}
