package com.licenseforge.console.web;

import com.licenseforge.console.api.BillingApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Query;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Billing's view of a license, found by serial or billing reference: standing and invoices. */
@Path("/billing")
public class BillingResource {

    private final IssuerApi issuer;
    private final BillingApi billing;
    private final Pages pages;

    BillingResource(IssuerApi issuer, BillingApi billing, Pages pages) {
        this.issuer = issuer;
        this.billing = billing;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lookup(@QueryParam("serial") String serial, @QueryParam("billingRef") String billingRef) {
        List<BillingApi.Standing> standings = List.of();
        IssuerApi.License license = null;
        List<BillingApi.Invoice> invoices = List.of();
        if (serial != null && !serial.isBlank()) {
            var found = issuer.licenses(Query.page(0, 1).with("serial", Paths.serial(serial))).items();
            license = found.isEmpty() ? null : found.get(0);
            if (license != null) {
                standings = List.of(billing.standing(license.id().toString()));
            }
        } else if (billingRef != null && !billingRef.isBlank()) {
            standings = billing.standings(Query.page(0, 50).with("billingRef", billingRef)).items();
        }
        if (standings.size() == 1) {
            invoices = billing.invoices(standings.get(0).licenseId().toString(), Query.page(0, 100)).items();
        }
        return pages.of(Templates.billing(serial == null ? "" : serial, billingRef == null ? "" : billingRef, license,
                standings, invoices, (serial != null && !serial.isBlank()) || (billingRef != null && !billingRef.isBlank())));
    }
}
