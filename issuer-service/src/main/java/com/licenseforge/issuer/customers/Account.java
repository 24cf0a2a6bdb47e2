package com.licenseforge.issuer.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Who receives mail about the account's licenses; replaced as a whole list. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "contacts_version")
    public long contactsVersion;
}
