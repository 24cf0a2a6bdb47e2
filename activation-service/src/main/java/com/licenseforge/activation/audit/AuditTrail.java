package com.licenseforge.activation.audit;

import com.licenseforge.activation.readmodel.License;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Records support actions in the caller's transaction: an action that rolls back leaves no entry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    static final String LICENSE = "license";
    public static final String ACTIVATION = "activation";

    private final AuditRepository entries;

    public AuditTrail(AuditRepository entries) {
        this.entries = entries;
    }

    /** An action on the license as a whole. */
    public void record(Actor actor, String action, License license, Map<String, Object> before,
                       Map<String, Object> after, String reason) {
        record(actor, action, LICENSE, license.id, license.serial, before, after, reason);
    }

    public void record(Actor actor, String action, String targetType, UUID targetId, String serial,
                       Map<String, Object> before, Map<String, Object> after, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor.name();
        entry.role = actor.role();
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId.toString();
        entry.serial = serial;
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entry.requestId = actor.requestId();
        entries.persist(entry);
    }
}
