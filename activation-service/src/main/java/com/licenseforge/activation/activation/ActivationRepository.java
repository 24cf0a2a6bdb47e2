package com.licenseforge.activation.activation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActivationRepository implements PanacheRepositoryBase<Activation, UUID> {

    /** The activations holding the license's slots, oldest first. */
    public List<Activation> activeOf(UUID licenseId) {
        return list("licenseId = ?1 and status = ?2 order by createdAt", licenseId, ActivationStatus.ACTIVE);
    }

    public boolean anyActive(UUID licenseId) {
        return countActive(licenseId) > 0;
    }

    /** How many slots the license's live activations hold (an index-only count). */
    public int countActive(UUID licenseId) {
        return (int) count("licenseId = ?1 and status = ?2", licenseId, ActivationStatus.ACTIVE);
    }

    /**
     * The live activations of the license in the organization that share at least one of the canonical component
     * {@code pairs}, oldest first: every machine {@link Activation#recognises} can recognise is among them.
     */
    public List<Activation> sharingComponents(UUID licenseId, UUID organizationId, String[] pairs) {
        List<?> ids = getEntityManager().createNativeQuery("""
                        select id from activation where license_id = :license and organization_id = :organization
                        and status = 'ACTIVE' and component_pairs && cast(:pairs as text[]) order by created_at""")
                .setParameter("license", licenseId)
                .setParameter("organization", organizationId)
                .setParameter("pairs", pairs)
                .getResultList();
        return ids.stream().map(id -> findById((UUID) id)).toList();
    }

    /**
     * The distinct versions the license's live machines run, by a loose scan of the live-version index. Native
     * queries here return untyped rows: with a result class, Hibernate's lookup of the query's interpretation
     * compared result mappings in full and was the hottest frame of activation in the profile.
     */
    public List<String> liveVersions(UUID licenseId) {
        List<?> versions = getEntityManager().createNativeQuery("""
                        with recursive version(v) as (
                            select min(product_version) from activation where license_id = :license and status = 'ACTIVE'
                            union all
                            select (select min(product_version) from activation
                                    where license_id = :license and status = 'ACTIVE' and product_version > version.v)
                            from version where version.v is not null)
                        select v from version where v is not null""")
                .setParameter("license", licenseId)
                .getResultList();
        return versions.stream().map(String.class::cast).toList();
    }

    /** The live activation of the license on a machine, if any (at most one, by the live-machine index). */
    public List<Activation> activeOn(UUID licenseId, String fingerprintHash) {
        return list("licenseId = ?1 and fingerprintHash = ?2 and status = ?3", licenseId, fingerprintHash,
                ActivationStatus.ACTIVE);
    }

    /** The most recent activation, live or ended, of the license on a machine. */
    public Optional<Activation> latestOn(UUID licenseId, String fingerprintHash) {
        return find("licenseId = ?1 and fingerprintHash = ?2 order by createdAt desc", licenseId, fingerprintHash)
                .firstResultOptional();
    }

    /** Every activation of the license, live or ended, newest first. */
    public List<Activation> allOf(UUID licenseId) {
        return list("licenseId = ?1 order by createdAt desc", licenseId);
    }
}
