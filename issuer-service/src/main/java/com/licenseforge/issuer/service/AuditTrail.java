package com.licenseforge.issuer.service;

import com.licenseforge.issuer.domain.Actor;
import com.licenseforge.issuer.domain.AuditEntry;
import com.licenseforge.issuer.domain.License;
import com.licenseforge.issuer.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records staff actions in the caller's transaction, so an action and its audit entry commit together. */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository entries;

    public AuditTrail(AuditRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String targetType, String targetId, String serial,
                       Map<String, Object> before, Map<String, Object> after, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor.name();
        entry.role = actor.role();
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.serial = serial;
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entry.requestId = actor.requestId();
        entries.persist(entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void licenseChanged(Actor actor, String action, Map<String, Object> before, License after, String reason) {
        record(actor, action, "license", after.id.toString(), after.serial, before, state(after), reason);
    }

    /** The audited facts of a license: what a change can alter. */
    public static Map<String, Object> state(License license) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", license.accountId.toString());
        state.put("status", license.status.name());
        state.put("billingStanding", license.billingStanding);
        state.put("modules", new LinkedHashMap<>(license.modules));
        state.put("maxActivations", license.maxActivations);
        state.put("expiresAt", license.expiresAt == null ? null : license.expiresAt.toString());
        state.put("maintenanceUntil", license.maintenanceUntil == null ? null : license.maintenanceUntil.toString());
        return state;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(String serial, String actor, Instant from, Instant to, int page, int size) {
        return entries.search(serial, actor, from, to, page, size);
    }
}
