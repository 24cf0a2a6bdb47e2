package com.licenseforge.activation.support;

import com.licenseforge.activation.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Support's request to move a license to an organization of another account. The account is the issuer's to
 * change, so the binding moves only when the issuer confirms; until then the license stays where it is.
 */
@Entity
@Table(name = "account_transfer")
public class AccountTransfer {

    @Id
    public UUID id;

    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "from_account_id")
    public UUID fromAccountId;

    @Column(name = "to_account_id")
    public UUID toAccountId;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    @Enumerated(EnumType.STRING)
    public AccountTransferStatus status;

    public String reason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_by_role")
    public String requestedByRole;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The issuer's code and detail when it refused. */
    public String refusal;

    /** The staff member who asked for the transfer, to whom its completion is attributed in the audit trail. */
    public Actor requester() {
        return new Actor(requestedBy, requestedByRole, requestId);
    }

    public void decide(AccountTransferStatus outcome, String refusal, Instant now) {
        this.status = outcome;
        this.refusal = refusal;
        this.decidedAt = now;
    }
}
