package com.licenseforge.issuer.customers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public boolean externalRefTaken(String externalRef) {
        return externalRef != null && count("externalRef", externalRef) > 0;
    }

    /** Whether the account exists, without loading it (and parsing its contacts) as an entity the flush checks. */
    public boolean exists(UUID id) {
        return count("id", id) > 0;
    }

    /** The account under a row lock, so two replacements of its contacts take turns and number their lists in order. */
    public Optional<Account> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The accounts that have {@code email} among their contacts, compared case-insensitively. */
    @SuppressWarnings("unchecked")
    public List<Account> findByContactEmail(String email) {
        return getEntityManager().createNativeQuery("select a.* from account a where exists (select 1 from"
                        + " jsonb_array_elements(a.contacts) c where lower(c ->> 'email') = lower(:email)) order by a.id",
                        Account.class)
                .setParameter("email", email)
                .getResultList();
    }
}
