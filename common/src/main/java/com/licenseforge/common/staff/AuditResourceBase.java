package com.licenseforge.common.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail's search, in one query shape for every service: a service's resource adds its path, the roles
 * that may read it and its documentation, and passes the {@link AuditSearch} through.
 */
public abstract class AuditResourceBase {

    private final AuditTrail audit;

    protected AuditResourceBase(AuditTrail audit) {
        this.audit = audit;
    }

    public record AuditView(UUID id, Instant at, String actor, String role, String action, String targetType,
                            String targetId, String serial, Map<String, Object> before, Map<String, Object> after,
                            String reason, String requestId) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actor, e.role, e.action, e.targetType, e.targetId, e.serial,
                    e.before, e.after, e.reason, e.requestId);
        }
    }

    protected List<AuditView> search(AuditSearch search) {
        return audit.search(search.query()).stream().map(AuditView::of).toList();
    }
}
