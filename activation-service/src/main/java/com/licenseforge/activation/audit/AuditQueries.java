package com.licenseforge.activation.audit;

import com.licenseforge.activation.activation.CustomerInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Reads the audit trail; a malformed serial filter is bad input, not an empty answer. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {

    private final AuditRepository entries;

    public AuditQueries(AuditRepository entries) {
        this.entries = entries;
    }

    public List<AuditEntry> search(String serial, String actor, Instant from, Instant to, int page, int size) {
        return entries.search(serial == null ? null : CustomerInput.serial(serial), actor, from, to, page, size);
    }
}
