package com.licenseforge.console.api;

import io.quarkus.qute.TemplateData;

import java.time.Instant;

/** An entry of a service's audit trail (issuer and activation keep the same shape). */
@TemplateData
public record AuditEntry(Instant at, String actor, String role, String action, String serial, String reason,
                         String requestId) {
}
