package com.licenseforge.activation.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /**
     * Entries matching every given filter, oldest first (as issuer-service answers), so pages stay put while
     * new entries are appended; {@code to} is exclusive.
     */
    public List<AuditEntry> search(String serial, String actor, Instant from, Instant to, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (serial != null) {
            where.add("serial = :serial");
            params.and("serial", serial);
        }
        if (actor != null) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to);
        }
        return find(String.join(" and ", where), Sort.ascending("at", "id"), params).page(Page.of(page, size)).list();
    }

    /** The serial's latest entries, newest first. */
    public List<AuditEntry> recent(String serial, int count) {
        return find("serial", Sort.descending("at", "id"), serial).page(Page.ofSize(count)).list();
    }
}
