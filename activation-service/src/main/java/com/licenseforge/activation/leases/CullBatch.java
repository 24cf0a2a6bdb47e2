package com.licenseforge.activation.leases;

import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.common.events.ActivationChanged;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Culls one batch of floating leases that ended more than their grace ago, in one short transaction of three
 * statements: their activations end {@code CULLED} (and their seats are freed), and each gets an
 * {@code activation.culled} event and an audit entry with the system as actor, all written set-based; the live-count
 * trigger adjusts each license's slots once per batch. Any number of replicas may run batches at once and each
 * lease is culled once: the due leases are found by the index on their cull time, their licenses locked skipping
 * those another transaction holds (another culler, an activation: left for the next batch), and the leases claimed
 * skipping locked rows; the update re-checks each claimed lease, so one already culled, renewed or checked in
 * meanwhile is left alone.
 */
@ApplicationScoped
public class CullBatch {

    static final Actor CULLER = Actor.system("lease-culler");

    /**
     * Claims and ends up to a batch of due leases of licenses no one else holds; returns what the events carry. The
     * claim re-checks each lease as it locks it (one renewed or culled meanwhile drops out) and holds it to the end
     * of the transaction, so the update reaches the claimed rows by their ids alone: with a condition on the cull
     * time too, statistics taken before the leases came due let the planner drive the update from that index and
     * join every due lease against the batch.
     */
    private static final String CULL = """
            with due as (
                select license_id from activation
                 where status = 'ACTIVE' and cull_after < ?
                 order by cull_after limit ?),
            locked as materialized (
                select id, serial from license where id in (select license_id from due)
                 order by id for update skip locked),
            claimed as materialized (
                select a.id, a.license_id from activation a
                 where a.license_id in (select id from locked) and a.status = 'ACTIVE' and a.cull_after < ?
                 order by a.cull_after limit ?
                   for update of a skip locked)
            update activation a set status = 'CULLED', ended_at = ?
              from claimed c join locked l on l.id = c.license_id
             where a.id = c.id
            returning a.id, a.license_id, l.serial, a.organization_id, a.fingerprint_hash, a.product_version,
                      a.lease_expires_at""";
    private static final String FREE_SEATS = "delete from seat_assignment where activation_id = any(?)";

    private final EntityManager em;
    private final ActivationEvents events;
    private final AuditTrail audit;

    public CullBatch(EntityManager em, ActivationEvents events, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.audit = audit;
    }

    /** Culls up to {@code limit} leases due at {@code now}; returns how many it culled (none: nothing left to it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int cull(Instant now, int limit) {
        List<Culled> culled = em.unwrap(Session.class).doReturningWork(connection -> {
            List<Culled> rows = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(CULL)) {
                Timestamp at = Timestamp.from(now);
                update.setTimestamp(1, at);
                update.setInt(2, limit);
                update.setTimestamp(3, at);
                update.setInt(4, limit);
                update.setTimestamp(5, at);
                try (ResultSet row = update.executeQuery()) {
                    while (row.next()) {
                        Timestamp leaseEnd = row.getTimestamp(7);
                        rows.add(new Culled(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                                row.getString(3), row.getObject(4, UUID.class), row.getString(5), row.getString(6),
                                leaseEnd == null ? null : leaseEnd.toInstant()));
                    }
                }
            }
            if (!rows.isEmpty()) {
                try (PreparedStatement free = connection.prepareStatement(FREE_SEATS)) {
                    free.setArray(1, connection.createArrayOf("uuid", rows.stream().map(Culled::id).toArray()));
                    free.executeUpdate();
                }
            }
            return rows;
        });
        if (culled.isEmpty()) {
            return 0;
        }
        events.allChanged(EventTypes.ACTIVATION_CULLED, culled.stream().map(Culled::event).toList(), CULLER.name());
        audit.recordAll(CULLER, "cull activation", culled.stream().map(Culled::audited).toList());
        return culled.size();
    }

    /** A culled lease as the update returned it. */
    private record Culled(UUID id, UUID licenseId, String serial, UUID organizationId, String fingerprintHash,
                          String productVersion, Instant leaseExpiresAt) {

        ActivationChanged event() {
            return new ActivationChanged(id, licenseId, serial, organizationId, fingerprintHash, productVersion,
                    ActivationStatus.CULLED.name());
        }

        AuditTrail.Change audited() {
            return new AuditTrail.Change(AuditTarget.activation(id, serial),
                    state(ActivationStatus.ACTIVE, leaseExpiresAt), state(ActivationStatus.CULLED, null),
                    "the lease ended at " + leaseExpiresAt + " and was not renewed within the grace");
        }
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
