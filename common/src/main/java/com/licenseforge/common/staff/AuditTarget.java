package com.licenseforge.common.staff;

import java.util.UUID;

/** What a staff action changed: its type and id, and the serial of the license it concerns, if any. */
public record AuditTarget(String type, String id, String serial) {

    public static AuditTarget license(UUID licenseId, String serial) {
        return new AuditTarget("license", licenseId.toString(), serial);
    }

    public static AuditTarget activation(UUID activationId, String serial) {
        return new AuditTarget("activation", activationId.toString(), serial);
    }

    public static AuditTarget of(String type, String id) {
        return new AuditTarget(type, id, null);
    }
}
