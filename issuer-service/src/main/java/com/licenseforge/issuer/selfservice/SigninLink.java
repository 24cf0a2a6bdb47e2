package com.licenseforge.issuer.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time sign-in link mailed to a contact of an account. Only the SHA-256 of its code is stored, beside the
 * binding (SHA-256 of the asking browser's secret): neither the table nor the mail alone can sign anybody in.
 */
@Entity
@Table(name = "signin_link")
public class SigninLink {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    public String email;

    @Column(name = "code_hash")
    public String codeHash;

    public String binding;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "redeemed_at")
    public Instant redeemedAt;

    /** Whether the link may be redeemed at {@code now}: not used yet and not expired. */
    boolean redeemable(Instant now) {
        return redeemedAt == null && expiresAt.isAfter(now);
    }
}
