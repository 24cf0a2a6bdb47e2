package com.licenseforge.activation.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One wrong CD key (or unknown serial) presented for a serial from a client address. */
@Entity
@Table(name = "credential_failure")
public class CredentialFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String serial;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "failed_at")
    public Instant failedAt;
}
