package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.AuditEntry;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.signin.CurrentStaff;
import com.licenseforge.console.signin.StaffSession;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit trails of the issuer (sales' actions) and activation (support's actions) as one list, oldest first,
 * each entry naming the service it came from. A trail the role may not read is left out, not refused.
 */
@ApplicationScoped
public class LicenseHistory {

    /** An audit entry and the service whose trail holds it. */
    @TemplateData
    public record Entry(String service, Instant at, String actor, String role, String action, String reason,
                       String requestId) {
        static Entry of(String service, AuditEntry entry) {
            return new Entry(service, entry.at(), entry.actor(), entry.role(), entry.action(), entry.reason(), entry.requestId());
        }
    }

    private final IssuerApi issuer;
    private final ActivationApi activation;
    private final CurrentStaff staff;

    LicenseHistory(IssuerApi issuer, ActivationApi activation, CurrentStaff staff) {
        this.issuer = issuer;
        this.activation = activation;
        this.staff = staff;
    }

    List<Entry> of(String serial) {
        return search(Query.page(0, 200).with("serial", serial));
    }

    List<Entry> search(Query filters) {
        StaffSession session = staff.get();
        List<Entry> entries = new ArrayList<>();
        if (session.seesAudit()) {
            issuer.audit(filters).forEach(entry -> entries.add(Entry.of("issuer", entry)));
        }
        if (session.seesSupport() || session.seesAdmin()) {
            activation.audit(filters).forEach(entry -> entries.add(Entry.of("activation", entry)));
        }
        entries.sort(Comparator.comparing(entry -> String.valueOf(entry.at())));
        return entries;
    }
}
