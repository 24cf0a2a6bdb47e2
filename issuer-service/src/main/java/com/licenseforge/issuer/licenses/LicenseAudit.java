package com.licenseforge.issuer.licenses;

import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** Audits changes to a license with the facts a change can alter, before and after. */
@ApplicationScoped
public class LicenseAudit {

    private final AuditTrail audit;

    public LicenseAudit(AuditTrail audit) {
        this.audit = audit;
    }

    public void licenseChanged(Actor actor, String action, Map<String, Object> before, License after, String reason) {
        audit.record(actor, action, AuditTarget.license(after.id, after.serial), before, state(after), reason);
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
}
