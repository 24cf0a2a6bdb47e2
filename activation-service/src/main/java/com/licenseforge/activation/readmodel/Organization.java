package com.licenseforge.activation.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An organization (company code, legal entity) inside an account. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    public String name;

    /** Null when the issuer knows none, or published the organization before it sent tax ids. */
    @Column(name = "tax_id")
    public String taxId;
}
