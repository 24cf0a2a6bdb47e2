package com.licenseforge.issuer.selfservice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SigninLinkRepository implements PanacheRepositoryBase<SigninLink, UUID> {

    /** The link with this code hash, locked: two redemptions of one link are applied one after the other. */
    public Optional<SigninLink> lockByCodeHash(String codeHash) {
        return find("codeHash", codeHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Forgets links that expired before {@code cutoff}; a used or expired link is refused alike. */
    public void deleteExpiredBefore(Instant cutoff) {
        delete("expiresAt < ?1", cutoff);
    }
}
