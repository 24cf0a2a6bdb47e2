package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Billing's view of a license, found by serial or billing reference: standing and invoices. */
@Path("/billing")
public class BillingResource {

    private final Services services;
    private final Pages pages;
    private final Template billing;

    BillingResource(Services services, Pages pages, Template billing) {
        this.services = services;
        this.pages = pages;
        this.billing = billing;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lookup(@QueryParam("serial") String serial, @QueryParam("billingRef") String billingRef) {
        List<Map<String, Object>> standings = List.of();
        Map<String, Object> license = null;
        List<Map<String, Object>> invoices = List.of();
        if (serial != null && !serial.isBlank()) {
            var found = services.list(Service.ISSUER, "/api/v1/licenses", Query.page(0, 1).with("serial", Paths.serial(serial))).items();
            license = found.isEmpty() ? null : found.get(0);
            if (license != null) {
                standings = List.of(services.get(Service.BILLING, "/api/v1/billing/licenses/" + license.get("id")));
            }
        } else if (billingRef != null && !billingRef.isBlank()) {
            standings = services.list(Service.BILLING, "/api/v1/billing/licenses", Query.page(0, 50).with("billingRef", billingRef)).items();
        }
        if (standings.size() == 1) {
            invoices = services.list(Service.BILLING, "/api/v1/billing/licenses/" + standings.get(0).get("licenseId") + "/invoices",
                    Query.page(0, 100)).items();
        }
        return pages.of(billing).data("serial", serial == null ? "" : serial).data("billingRef", billingRef == null ? "" : billingRef)
                .data("license", license).data("standings", standings).data("invoices", invoices)
                .data("searched", (serial != null && !serial.isBlank()) || (billingRef != null && !billingRef.isBlank()));
    }
}
