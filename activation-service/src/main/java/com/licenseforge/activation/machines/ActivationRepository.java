package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.License;
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

    /**
     * The live activations of the product's trial licenses on a machine. Every paid activation asks, under its
     * license's lock, so this is one probe of the live-fingerprint index however many machines the table holds (the
     * literals let every cached plan use that partial index; a bound status would not).
     */
    public static final String LIVE_TRIALS_ON = """
            select a.* from activation a join license l on l.id = a.license_id
             where a.fingerprint_hash = :fingerprint and a.status = 'ACTIVE'
               and l.kind = 'TRIAL' and l.product_code = :product""";

    /** The live activations of the product's trial licenses on a machine (one trial per product and machine: at most one). */
    @SuppressWarnings("unchecked")
    public List<TrialActivation> liveTrialsOn(String productCode, String fingerprintHash) {
        List<Activation> live = getEntityManager().createNativeQuery(LIVE_TRIALS_ON, Activation.class)
                .setParameter("fingerprint", fingerprintHash)
                .setParameter("product", productCode)
                .getResultList();
        return live.stream()
                .map(activation -> new TrialActivation(activation,
                        getEntityManager().find(License.class, activation.licenseId)))
                .toList();
    }

    /** Every activation of the license, live or ended, newest first. */
    public List<Activation> allOf(UUID licenseId) {
        return list("licenseId = ?1 order by createdAt desc", licenseId);
    }
}
