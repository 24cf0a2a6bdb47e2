package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The home page: for sales, the licenses that need attention, counted, and this week's trials; for the other roles, their entry points. */
@Path("/")
public class HomeResource {

    /** One line of the attention list: how many licenses, and the list that shows them. */
    @TemplateData
    public record Attention(String label, long count, String link) {
    }

    private final IssuerApi issuer;
    private final CurrentStaff staff;
    private final Pages pages;

    HomeResource(IssuerApi issuer, CurrentStaff staff, Pages pages) {
        this.issuer = issuer;
        this.staff = staff;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        List<Attention> attention = new ArrayList<>();
        TrialsThisWeek trials = null;
        if (staff.get().seesSales()) {
            trials = TrialsThisWeek.of(issuer, LocalDate.now(ZoneOffset.UTC));
            for (int days : new int[] {30, 60, 90}) {
                attention.add(count("Expiring within " + days + " days",
                        LicenseFilters.of("ACTIVE", Forms.today(0), Forms.today(days + 1), "expiresAt")));
            }
            attention.add(count("Past due", LicenseFilters.of("PAST_DUE", null, null, null)));
            attention.add(count("Suspended", LicenseFilters.of("SUSPENDED", null, null, null)));
        }
        return pages.of(Templates.home(attention, trials));
    }

    private Attention count(String label, LicenseFilters filters) {
        long total = issuer.licenses(filters.api(0, 1)).total();
        return new Attention(label, total, filters.link(filters.sort, null));
    }
}
