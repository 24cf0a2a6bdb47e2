package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.license.LicenseKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActivationRepository implements PanacheRepositoryBase<Activation, UUID> {

    /** The activations holding the license's slots, oldest first. */
    public List<Activation> activeOf(UUID licenseId) {
        return list("licenseId = ?1 and status = ?2 order by createdAt", licenseId, ActivationStatus.ACTIVE);
    }

    /** Whether any live activation holds a slot of the license, by the count the database keeps on its row. */
    public boolean anyActive(UUID licenseId) {
        Number live = (Number) getEntityManager()
                .createNativeQuery("select live_activations from license where id = :license")
                .setParameter("license", licenseId)
                .getSingleResult();
        return live.intValue() > 0;
    }

    /**
     * The live machine's activation, by the live-machine index: the status is written in the statement, not bound,
     * so the generic plan PostgreSQL may cache for it can use that partial index too (with the status a parameter it
     * read every activation of the license). Public for the test of its plans.
     */
    public static final String ACTIVE_ON = """
            select * from activation where license_id = :license and fingerprint_hash = :fingerprint and status = 'ACTIVE'""";

    /** The live activation of the license on a machine, if any (at most one, by the live-machine index). */
    @SuppressWarnings("unchecked")
    public List<Activation> activeOn(UUID licenseId, String fingerprintHash) {
        return getEntityManager().createNativeQuery(ACTIVE_ON, Activation.class)
                .setParameter("license", licenseId)
                .setParameter("fingerprint", fingerprintHash)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Activation.class) // flushes what the query reads, as the JPQL one did
                .getResultList();
    }

    /** The most recent activation, live or ended, of the license on a machine. */
    public Optional<Activation> latestOn(UUID licenseId, String fingerprintHash) {
        return find("licenseId = ?1 and fingerprintHash = ?2 order by createdAt desc", licenseId, fingerprintHash)
                .firstResultOptional();
    }

    /** A trial's live activation on a machine, with the trial license. */
    public record TrialActivation(Activation activation, License trial) {
    }

    /** The live activations of the product's trial licenses on a machine (one trial per product and machine: at most one). */
    public List<TrialActivation> liveTrialsOn(String productCode, String fingerprintHash) {
        return getEntityManager().createQuery("select a, l from Activation a, License l where l.id = a.licenseId"
                        + " and l.kind = :trial and l.productCode = :product and a.fingerprintHash = :fingerprint"
                        + " and a.status = :active", Object[].class)
                .setParameter("trial", LicenseKind.TRIAL)
                .setParameter("product", productCode)
                .setParameter("fingerprint", fingerprintHash)
                .setParameter("active", ActivationStatus.ACTIVE)
                .getResultStream()
                .map(row -> new TrialActivation((Activation) row[0], (License) row[1]))
                .toList();
    }

    /** Every activation of the license, live or ended, newest first. */
    public List<Activation> allOf(UUID licenseId) {
        return list("licenseId = ?1 order by createdAt desc", licenseId);
    }
}
