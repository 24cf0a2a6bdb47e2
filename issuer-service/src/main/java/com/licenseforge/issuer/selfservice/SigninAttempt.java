package com.licenseforge.issuer.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sign-in link request, or one wrong serial + CD key, from a client address for a subject. */
@Entity
@Table(name = "signin_attempt")
public class SigninAttempt {

    /** What was attempted; {@code subject} is the e-mail of a link request, the serial of a credential failure. */
    public enum Kind { LINK_REQUEST, CREDENTIAL_FAILURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "client_address")
    public String clientAddress;

    public String subject;

    public Instant at;
}
