package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.BillingApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Customers: search by name or external reference, the account page, new accounts and organizations. */
@Path("/accounts")
public class AccountsResource {

    private final IssuerApi issuer;
    private final ActivationApi activation;
    private final BillingApi billing;
    private final CurrentStaff staff;
    private final Pages pages;

    AccountsResource(IssuerApi issuer, ActivationApi activation, BillingApi billing, CurrentStaff staff, Pages pages) {
        this.issuer = issuer;
        this.activation = activation;
        this.billing = billing;
        this.staff = staff;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        Listing<IssuerApi.AccountSummary> found = issuer.accounts(Query.page(page, 25).with("q", q));
        return pages.of(Templates.accounts(q == null ? "" : q, found,
                "/accounts" + Query.page(0, 0).with("q", q) + (q == null || q.isBlank() ? "?" : "&") + "page="));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id) {
        IssuerApi.Account found = issuer.account(Paths.uuid(id));
        Listing<IssuerApi.License> licenses = issuer.licenses(Query.page(0, 100).with("accountId", id));
        Map<UUID, String> standings = new HashMap<>();
        if (staff.get().seesSales() || staff.get().seesSupport() || staff.get().seesBilling()) {
            for (IssuerApi.License license : licenses.items()) {
                if (license.billingRef() != null) {
                    BillingApi.Standing standing = billing.standingOf(license.billingRef());
                    standings.put(license.id(), standing == null ? null : standing.standing());
                }
            }
        }
        Map<UUID, Integer> activationsUsed = new HashMap<>();
        if (staff.get().seesSales() || staff.get().seesSupport() || staff.get().seesAdmin()) {
            for (ActivationApi.LicenseUsage usage : activation.activationUsage(Paths.uuid(id), Query.page(0, 100)).items()) {
                activationsUsed.put(usage.licenseId(), usage.activationsUsed());
            }
        }
        return pages.of(Templates.account(found, licenses, standings, activationsUsed));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String name, @RestForm String externalRef) {
        IssuerApi.Account created = issuer.createAccount(new IssuerApi.NewAccount(Forms.required(name, "name"),
                externalRef == null || externalRef.isBlank() ? null : externalRef.strip()));
        return Response.seeOther(URI.create("/accounts/" + created.id())).build();
    }

    @POST
    @Path("/{id}/organizations")
    @Produces(MediaType.TEXT_HTML)
    public Response addOrganization(@PathParam("id") String id, @RestForm String name) {
        issuer.addOrganization(Paths.uuid(id), new IssuerApi.NewOrganization(Forms.required(name, "name")));
        return Response.seeOther(URI.create("/accounts/" + id)).build();
    }
}
