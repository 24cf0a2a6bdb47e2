package com.licenseforge.activation.support;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.Organization;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Moves a license activated into the wrong organization (or the wrong account's) under the license row lock,
 * audited with its reason.
 */
@ApplicationScoped
@Transactional
public class Reassignments {

    private final SupportedSerials serials;
    private final CatalogueRepository catalogue;
    private final AccountTransfers accountTransfers;
    private final BindingMove bindingMove;
    private final AuditedState state;
    private final SerialOverviews overviews;

    public Reassignments(SupportedSerials serials, CatalogueRepository catalogue, AccountTransfers accountTransfers,
                         BindingMove bindingMove, AuditedState state, SerialOverviews overviews) {
        this.serials = serials;
        this.catalogue = catalogue;
        this.accountTransfers = accountTransfers;
        this.bindingMove = bindingMove;
        this.state = state;
        this.overviews = overviews;
    }

    /** What a reassignment did: moved the binding at once, or asked the issuer to move the account first. */
    public record Reassigned(SerialOverview overview, boolean pending) {
    }

    /**
     * Moves the binding to another organization of the license's account; the machines activated so far end
     * as REASSIGNED. An organization of another account needs {@code transferAccount}, and then the move waits
     * for the issuer to confirm the new account.
     */
    public Reassigned reassign(String serial, UUID toOrganizationId, boolean transferAccount, String reason,
                               Actor actor) {
        License license = serials.lock(serial);
        Organization target = catalogue.organization(toOrganizationId).orElseThrow(() ->
                ProblemException.notFound("organization", toOrganizationId));
        accountTransfers.requireNonePending(license);
        if (target.id.equals(license.boundOrganizationId)) {
            throw new ProblemException(409, Codes.ALREADY_BOUND_TO_ORGANIZATION,
                    "the license is already bound to organization " + target.id)
                    .with("boundOrganizationId", target.id);
        }
        if (target.accountId.equals(license.accountId)) {
            bindingMove.move(license, target.id, "reassign", state.of(license), reason, actor);
            return new Reassigned(overviews.of(license), false);
        }
        if (!transferAccount) {
            throw new ProblemException(403, Codes.ORGANIZATION_NOT_IN_ACCOUNT, "organization " + target.id
                    + " belongs to another account; set transferAccount to move the license to that account")
                    .with("organizationId", target.id)
                    .with("organizationAccountId", target.accountId)
                    .with("licenseAccountId", license.accountId);
        }
        accountTransfers.request(license, target, reason, actor);
        return new Reassigned(overviews.of(license), true);
    }
}
