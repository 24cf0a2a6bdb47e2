package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.AccountTransferRefused;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.customers.OrganizationRepository;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Confirms or refuses support's request (made in activation-service) to move a license to another account.
 * The account is the issuer's fact: a confirmed move changes it, is audited as the requester's action and is
 * published as a {@code license.account-transferred} snapshot, on which activation-service moves the binding.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTransfers {

    private static final Logger LOG = Logger.getLogger(AccountTransfers.class);
    private static final String REQUESTER_ROLE = "support";

    private final LicenseRepository licenses;
    private final OrganizationRepository organizations;
    private final LicenseEvents events;
    private final LicenseAudit audit;

    public AccountTransfers(LicenseRepository licenses, OrganizationRepository organizations, LicenseEvents events,
                            LicenseAudit audit) {
        this.licenses = licenses;
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
    }

    public void requested(AccountTransferRequested request) {
        License license = request.licenseId() == null ? null : licenses.lockById(request.licenseId()).orElse(null);
        if (license == null) {
            LOG.warnf("account transfer %s of unknown license %s ignored", request.transferId(), request.licenseId());
            return;
        }
        Optional<Refusal> refusal = refusal(license, request);
        if (refusal.isPresent()) {
            events.accountTransferRefused(new AccountTransferRefused(request.transferId(), license.id,
                    request.toAccountId(), request.toOrganizationId(), refusal.get().code(), refusal.get().detail()),
                    request.requestedBy());
            return;
        }
        Map<String, Object> before = LicenseAudit.state(license);
        license.accountId = request.toAccountId();
        license.version++;
        license.updatedAt = Instant.now();
        Actor requester = new Actor(request.requestedBy(), REQUESTER_ROLE, request.requestId());
        audit.licenseChanged(requester, "transfer account", before, license, request.reason());
        events.licenseChanged(EventTypes.LICENSE_ACCOUNT_TRANSFERRED, license.snapshot(request.reason()),
                request.requestedBy());
    }

    private record Refusal(String code, String detail) {
    }

    private Optional<Refusal> refusal(License license, AccountTransferRequested request) {
        if (license.status == SalesStatus.REVOKED) {
            return Optional.of(new Refusal(Codes.REVOKED, "the license is revoked"));
        }
        if (!license.accountId.equals(request.fromAccountId())) {
            return Optional.of(new Refusal(Codes.ACCOUNT_CHANGED, "the license belongs to account " + license.accountId
                    + ", not " + request.fromAccountId()));
        }
        boolean inTargetAccount = request.toOrganizationId() != null && organizations
                .findByIdOptional(request.toOrganizationId())
                .filter(o -> o.accountId.equals(request.toAccountId())).isPresent();
        if (!inTargetAccount) {
            return Optional.of(new Refusal(Codes.ORGANIZATION_NOT_IN_ACCOUNT, "organization "
                    + request.toOrganizationId() + " does not belong to account " + request.toAccountId()));
        }
        return Optional.empty();
    }
}
