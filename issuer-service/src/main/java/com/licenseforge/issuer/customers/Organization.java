package com.licenseforge.issuer.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An organization (legal entity, company code) inside an account: what a license gets activated into. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    public String name;

    @Column(name = "tax_id")
    public String taxId;

    @Column(name = "created_at")
    public Instant createdAt;
}
