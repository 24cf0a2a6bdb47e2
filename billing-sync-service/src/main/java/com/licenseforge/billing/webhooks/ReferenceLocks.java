package com.licenseforge.billing.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Transaction-scoped advisory locks on a license reference (license id or billing reference). A webhook for
 * a license not known yet and the snapshot that makes it known take the same lock, so the event is either
 * applied directly or parked before the snapshot looks for parked events, never lost between the two.
 */
@ApplicationScoped
public class ReferenceLocks {

    private final EntityManager em;

    public ReferenceLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String reference) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:reference, 0))")
                .setParameter("reference", reference)
                .getSingleResult();
    }
}
