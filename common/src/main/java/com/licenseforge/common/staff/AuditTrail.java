package com.licenseforge.common.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records staff actions in the caller's transaction: an action that rolls back leaves no entry. */
@ApplicationScoped
public class AuditTrail {

    private static final String BULK_INSERT = """
            insert into audit_entry (id, at, actor, role, action, request_id, target_type, target_id, serial, before,
                                     after, reason)
            select e.id, ?, ?, ?, ?, ?, e.target_type, e.target_id, e.serial, e.before::jsonb, e.after::jsonb, e.reason
              from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   e(id, target_type, target_id, serial, before, after, reason)""";
    /** The states are plain maps of strings, written as the entity's JSON columns write them. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditRepository entries;
    private final EntityManager em;

    public AuditTrail(AuditRepository entries, EntityManager em) {
        this.entries = entries;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, AuditTarget target, Map<String, Object> before,
                       Map<String, Object> after, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor.name();
        entry.role = actor.role();
        entry.action = action;
        entry.targetType = target.type();
        entry.targetId = target.id();
        entry.serial = target.serial();
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entry.requestId = actor.requestId();
        entries.persist(entry);
    }

    /** One entry of {@link #recordAll}. */
    public record Change(AuditTarget target, Map<String, Object> before, Map<String, Object> after, String reason) {
    }

    /**
     * Records one action of {@code actor} on many targets in one statement: what a bulk change (culling leases)
     * writes instead of one insert per entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Actor actor, String action, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        String[] targetIds = new String[n];
        String[] serials = new String[n];
        String[] before = new String[n];
        String[] after = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            Change change = changes.get(i);
            ids[i] = UUID.randomUUID();
            types[i] = change.target().type();
            targetIds[i] = change.target().id();
            serials[i] = change.target().serial();
            before[i] = json(change.before());
            after[i] = json(change.after());
            reasons[i] = change.reason();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(BULK_INSERT)) {
                insert.setTimestamp(1, Timestamp.from(Instant.now()));
                insert.setString(2, actor.name());
                insert.setString(3, actor.role());
                insert.setString(4, action);
                insert.setString(5, actor.requestId());
                insert.setArray(6, connection.createArrayOf("uuid", ids));
                insert.setArray(7, connection.createArrayOf("text", types));
                insert.setArray(8, connection.createArrayOf("text", targetIds));
                insert.setArray(9, connection.createArrayOf("text", serials));
                insert.setArray(10, connection.createArrayOf("text", before));
                insert.setArray(11, connection.createArrayOf("text", after));
                insert.setArray(12, connection.createArrayOf("text", reasons));
                insert.executeUpdate();
            }
        });
    }

    private static String json(Map<String, Object> state) {
        try {
            return state == null ? null : JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audited state is not JSON", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query) {
        return entries.search(query);
    }
}
