package com.licenseforge.activation.support;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountTransferRepository implements PanacheRepositoryBase<AccountTransfer, UUID> {

    /** The license's transfer awaiting the issuer, if any (a unique index allows one). */
    public Optional<AccountTransfer> pendingOf(UUID licenseId) {
        return find("licenseId = ?1 and status = ?2", licenseId, AccountTransferStatus.PENDING).firstResultOptional();
    }

    /** The license's most recent transfer, whatever became of it. */
    public Optional<AccountTransfer> latestOf(UUID licenseId) {
        return find("licenseId = ?1 order by requestedAt desc", licenseId).firstResultOptional();
    }
}
