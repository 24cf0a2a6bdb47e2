package com.licenseforge.activation.support;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseEventApplied;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.readmodel.Organization;
import com.licenseforge.common.events.AccountTransferRefused;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Moving a license to an organization of another account. The account is the issuer's fact, so support's
 * request is recorded as pending and sent to the issuer; the binding moves only when the issuer's snapshot
 * with the new account arrives, and a refusal closes the request. Either way the audit trail says so.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTransfers {

    private static final Logger LOG = Logger.getLogger(AccountTransfers.class);

    private final AccountTransferRepository transfers;
    private final LicenseRepository licenses;
    private final ActivationEvents events;
    private final BindingMove bindingMove;
    private final AuditTrail audit;
    private final AuditedState state;
    private final EventCodec codec;
    private final Clock clock;

    public AccountTransfers(AccountTransferRepository transfers, LicenseRepository licenses, ActivationEvents events,
                            BindingMove bindingMove, AuditTrail audit, AuditedState state, EventCodec codec,
                            Clock clock) {
        this.transfers = transfers;
        this.licenses = licenses;
        this.events = events;
        this.bindingMove = bindingMove;
        this.audit = audit;
        this.state = state;
        this.codec = codec;
        this.clock = clock;
    }

    /** The issuer's answer to a transfer request arrives as a license event (the read model has applied it). */
    void onLicenseEvent(@Observes LicenseEventApplied applied) {
        EventEnvelope event = applied.event();
        switch (event.type()) {
            case EventTypes.LICENSE_ACCOUNT_TRANSFERRED -> confirmed(codec.payload(event, LicenseSnapshot.class));
            case EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED ->
                    refused(codec.payload(event, AccountTransferRefused.class));
            default -> {
                // not about account transfers
            }
        }
    }

    /** While the issuer has yet to answer, the binding is promised elsewhere: no other move may start. */
    public void requireNonePending(License license) {
        transfers.pendingOf(license.id).ifPresent(pending -> {
            throw new ProblemException(409, Codes.ACCOUNT_TRANSFER_PENDING, "a transfer of the license to account "
                    + pending.toAccountId + " awaits the issuer's confirmation")
                    .with("transferId", pending.id)
                    .with("toOrganizationId", pending.toOrganizationId);
        });
    }

    /** Records the request and asks the issuer; the caller holds the license row lock and checked none is pending. */
    public AccountTransfer request(License license, Organization target, String reason, Actor actor) {
        Map<String, Object> before = state.of(license);
        AccountTransfer transfer = new AccountTransfer();
        transfer.id = UUID.randomUUID();
        transfer.licenseId = license.id;
        transfer.fromAccountId = license.accountId;
        transfer.toAccountId = target.accountId;
        transfer.toOrganizationId = target.id;
        transfer.status = AccountTransferStatus.PENDING;
        transfer.reason = reason;
        transfer.requestedBy = actor.name();
        transfer.requestedByRole = actor.role();
        transfer.requestId = actor.requestId();
        transfer.requestedAt = clock.instant();
        transfers.persist(transfer);
        events.accountTransferRequested(license, new AccountTransferRequested(transfer.id, license.id,
                license.serial, transfer.fromAccountId, license.boundOrganizationId, transfer.toAccountId,
                transfer.toOrganizationId, transfer.reason, transfer.requestedBy, transfer.requestId));
        audit.record(actor, "request account transfer", AuditTarget.license(license.id, license.serial), before,
                state.of(license), reason);
        return transfer;
    }

    /**
     * The issuer moved the license to another account (the read model already holds the snapshot): the pending
     * transfer to that account completes, attributed to the staff member who asked for it.
     */
    private void confirmed(LicenseSnapshot snapshot) {
        License license = licenses.lockById(snapshot.licenseId()).orElse(null);
        AccountTransfer transfer = license == null ? null : transfers.pendingOf(license.id)
                .filter(t -> t.toAccountId.equals(snapshot.accountId()))
                .orElse(null);
        if (transfer == null) {
            LOG.infof("account transfer of license %s to %s has no pending request here", snapshot.licenseId(),
                    snapshot.accountId());
            return;
        }
        Map<String, Object> before = state.of(license);
        before.put("accountId", transfer.fromAccountId.toString());
        transfer.decide(AccountTransferStatus.COMPLETED, null, clock.instant());
        bindingMove.move(license, transfer.toOrganizationId, "transfer account", before, transfer.reason,
                transfer.requester());
    }

    /** The issuer would not move the license: the request closes and the license stays where it is. */
    private void refused(AccountTransferRefused refusal) {
        AccountTransfer transfer = transfers.findByIdOptional(refusal.transferId())
                .filter(t -> t.status == AccountTransferStatus.PENDING)
                .orElse(null);
        License license = transfer == null ? null : licenses.lockById(transfer.licenseId).orElse(null);
        if (license == null) {
            LOG.infof("refusal of unknown or decided account transfer %s ignored", refusal.transferId());
            return;
        }
        Map<String, Object> before = state.of(license);
        String why = refusal.code() + ": " + refusal.detail();
        transfer.decide(AccountTransferStatus.REFUSED, why, clock.instant());
        audit.record(transfer.requester(), "account transfer refused", AuditTarget.license(license.id, license.serial),
                before, state.of(license), transfer.reason + " (issuer: " + why + ")");
    }
}
