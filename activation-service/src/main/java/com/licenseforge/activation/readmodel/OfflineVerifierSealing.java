package com.licenseforge.activation.readmodel;

import com.licenseforge.activation.credentials.OfflineVerifierSeal;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Seals, once the schema is migrated, the offline verifiers of the previous format that the database still holds
 * in clear, and erases the clear ones in the same transaction, so from the first start of this release on no
 * dump or backup holds a verifier that builds a request. Replicas starting together take the rows in turn.
 */
@ApplicationScoped
public class OfflineVerifierSealing {

    private static final Logger LOG = Logger.getLogger(OfflineVerifierSealing.class);

    private final EntityManager em;
    private final OfflineVerifierSeal seal;

    public OfflineVerifierSealing(EntityManager em, OfflineVerifierSeal seal) {
        this.em = em;
        this.seal = seal;
    }

    void onStart(@Observes StartupEvent started) {
        sealVerifiersInClear();
    }

    /** Returns how many verifiers it sealed. */
    @Transactional
    public int sealVerifiersInClear() {
        @SuppressWarnings("unchecked")
        List<Object[]> clear = em.createNativeQuery(
                "select id, offline_verifier from license where offline_verifier is not null for update")
                .getResultList();
        for (Object[] row : clear) {
            UUID licenseId = (UUID) row[0];
            em.createNativeQuery("""
                            update license set offline_verifier = null,
                                   offline_verifier_sealed = coalesce(offline_verifier_sealed, :sealed)
                             where id = :id""")
                    .setParameter("sealed", seal.seal(licenseId, (String) row[1]))
                    .setParameter("id", licenseId).executeUpdate();
        }
        if (!clear.isEmpty()) {
            LOG.infof("sealed %d offline verifiers of the previous request format", clear.size());
        }
        return clear.size();
    }
}
