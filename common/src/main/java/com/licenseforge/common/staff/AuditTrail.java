package com.licenseforge.common.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records staff actions in the caller's transaction: an action that rolls back leaves no entry. */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository entries;

    public AuditTrail(AuditRepository entries) {
        this.entries = entries;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query) {
        return entries.search(query);
    }
}
