package com.licenseforge.common.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /** Entries matching every filter of the query, oldest first, so pages stay put while entries are appended. */
    public List<AuditEntry> search(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.serial() != null) {
            where.add("serial = :serial");
            params.and("serial", query.serial());
        }
        if (query.actor() != null) {
            where.add("actor = :actor");
            params.and("actor", query.actor());
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.and("to", query.to());
        }
        return find(String.join(" and ", where), Sort.ascending("at", "id"), params)
                .page(Page.of(query.page(), query.size())).list();
    }

    /** The serial's latest entries, newest first. */
    public List<AuditEntry> recent(String serial, int count) {
        return find("serial", Sort.descending("at", "id"), serial).page(Page.ofSize(count)).list();
    }
}
