package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import com.licenseforge.console.signin.CurrentStaff;
import com.licenseforge.console.signin.StaffSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trails of the issuer (sales' actions) and activation (support's actions) as one list, oldest first,
 * each entry naming the service it came from. A trail the role may not read is left out, not refused.
 */
@ApplicationScoped
public class LicenseHistory {

    private final Services services;
    private final CurrentStaff staff;

    LicenseHistory(Services services, CurrentStaff staff) {
        this.services = services;
        this.staff = staff;
    }

    List<Map<String, Object>> of(String serial) {
        return search(Query.page(0, 200).with("serial", serial));
    }

    List<Map<String, Object>> search(Query filters) {
        StaffSession session = staff.get();
        List<Map<String, Object>> entries = new ArrayList<>();
        if (session.isSales() || session.isSupport() || session.isAdmin()) {
            entries.addAll(tagged("issuer", services.getList(Service.ISSUER, "/api/v1/audit" + paged(filters))));
        }
        if (session.isSupport() || session.isAdmin()) {
            entries.addAll(tagged("activation", services.getList(Service.ACTIVATION, "/api/v1/audit" + paged(filters))));
        }
        entries.sort(Comparator.comparing(entry -> String.valueOf(entry.get("at"))));
        return entries;
    }

    private static Query paged(Query filters) {
        return filters.with("page", filters.page()).with("size", filters.size());
    }

    private static List<Map<String, Object>> tagged(String service, List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> {
            Map<String, Object> copy = new LinkedHashMap<>(entry);
            copy.put("service", service);
            return copy;
        }).toList();
    }
}
