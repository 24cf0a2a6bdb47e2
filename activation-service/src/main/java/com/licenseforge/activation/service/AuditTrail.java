package com.licenseforge.activation.service;

import com.licenseforge.activation.domain.Actor;
import com.licenseforge.activation.domain.AuditEntry;
import com.licenseforge.activation.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Records support actions in the caller's transaction: an action that rolls back leaves no entry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final AuditRepository entries;

    public AuditTrail(AuditRepository entries) {
        this.entries = entries;
    }

    public void record(Actor actor, String action, String serial, Map<String, Object> before,
                       Map<String, Object> after, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor.name();
        entry.role = actor.role();
        entry.action = action;
        entry.serial = serial;
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entries.persist(entry);
    }
}
