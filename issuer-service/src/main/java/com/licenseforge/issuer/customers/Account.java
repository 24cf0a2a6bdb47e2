package com.licenseforge.issuer.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The buying customer; it holds licenses and one or more organizations. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    public String name;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_at")
    public Instant createdAt;
}
