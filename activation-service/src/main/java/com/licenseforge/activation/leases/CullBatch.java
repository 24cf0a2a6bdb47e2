package com.licenseforge.activation.leases;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Culls one batch of floating leases that ended more than their grace ago, in one transaction: their activations
 * end {@code CULLED}, their seats and slots are freed, and each gets an {@code activation.culled} event and an audit
 * entry with the system as actor. Any number of replicas may run batches at once and each lease is culled once:
 * the due leases are found by the index on their cull time, their licenses locked in id order skipping those
 * another transaction holds (another culler, an activation: left for the next batch), and the leases re-read under
 * those locks, so one already culled, renewed or checked in meanwhile is left alone.
 */
@ApplicationScoped
public class CullBatch {

    static final Actor CULLER = Actor.system("lease-culler");

    /** The licenses of the leases due first, read without a lock by the index on cull_after. */
    private static final String DUE_LICENSES = """
            select distinct license_id from (
                select license_id from activation
                 where status = 'ACTIVE' and cull_after < :now
                 order by cull_after limit :limit) due""";
    private static final String LOCK_LICENSES = """
            select * from license where id in (:ids) order by id for update skip locked""";
    /**
     * Under the license locks: the leases still due, with what their events carry; no more than the batch, however
     * many of them one license holds.
     */
    private static final String DUE_UNDER_LOCK = """
            select id, license_id, organization_id, fingerprint_hash, product_version, lease_expires_at
              from activation
             where license_id in (:ids) and status = 'ACTIVE' and cull_after < :now
             order by cull_after limit :limit""";

    private final EntityManager em;
    private final ActivationEvents events;
    private final AuditTrail audit;

    public CullBatch(EntityManager em, ActivationEvents events, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.audit = audit;
    }

    /**
     * How many licenses a batch found with leases due and how many leases it culled (those of licenses no one else
     * held, at most the batch): a full batch means more may be due.
     */
    public record Culled(int dueLicenses, int culled) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Culled cull(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery(DUE_LICENSES, UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (due.isEmpty()) {
            return new Culled(0, 0);
        }
        @SuppressWarnings("unchecked")
        Map<UUID, License> licenses = ((List<License>) em.createNativeQuery(LOCK_LICENSES, License.class)
                .setParameter("ids", due).getResultList())
                .stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        if (licenses.isEmpty()) {
            return new Culled(due.size(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DUE_UNDER_LOCK)
                .setParameter("ids", licenses.keySet()).setParameter("now", now).setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return new Culled(due.size(), 0);
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        // one statement each: the live-count trigger then adjusts each license once per batch
        em.createNativeQuery("delete from seat_assignment where activation_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update activation set status = 'CULLED', ended_at = :now where id in (:ids)")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        for (Object[] row : rows) {
            Activation culled = culled(row, now);
            License license = licenses.get(culled.licenseId);
            events.changed(EventTypes.ACTIVATION_CULLED, license, culled, CULLER.name());
            audit.record(CULLER, "cull activation", AuditTarget.activation(culled.id, license.serial),
                    state(ActivationStatus.ACTIVE, culled.leaseExpiresAt), state(ActivationStatus.CULLED, null),
                    "the lease ended at " + culled.leaseExpiresAt + " and was not renewed within the grace");
        }
        return new Culled(due.size(), rows.size());
    }

    /** The culled activation as its event tells it; not an entity, the row was updated in bulk. */
    private static Activation culled(Object[] row, Instant now) {
        Activation activation = new Activation();
        activation.id = (UUID) row[0];
        activation.licenseId = (UUID) row[1];
        activation.organizationId = (UUID) row[2];
        activation.fingerprintHash = (String) row[3];
        activation.productVersion = (String) row[4];
        activation.leaseExpiresAt = row[5] == null ? null : toInstant(row[5]);
        activation.end(ActivationStatus.CULLED, now);
        return activation;
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant instant ? instant
                : value instanceof java.time.OffsetDateTime at ? at.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    private static Map<String, Object> state(ActivationStatus status, Instant leaseExpiresAt) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        if (leaseExpiresAt != null) {
            state.put("leaseExpiresAt", leaseExpiresAt.toString());
        }
        return state;
    }
}
