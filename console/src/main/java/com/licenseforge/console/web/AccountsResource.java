package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.Template;
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
import java.util.List;
import java.util.Map;

/** Customers: search by name or external reference, the account page, new accounts and organizations. */
@Path("/accounts")
public class AccountsResource {

    private final Services services;
    private final CurrentStaff staff;
    private final Pages pages;
    private final Template accounts;
    private final Template account;

    AccountsResource(Services services, CurrentStaff staff, Pages pages, Template accounts, Template account) {
        this.services = services;
        this.staff = staff;
        this.pages = pages;
        this.accounts = accounts;
        this.account = account;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        Listing found = services.list(Service.ISSUER, "/api/v1/accounts", Query.page(page, 25).with("q", q));
        return pages.of(accounts).data("q", q == null ? "" : q).data("found", found)
                .data("pageLink", "/accounts" + Query.page(0, 0).with("q", q) + (q == null || q.isBlank() ? "?" : "&") + "page=");
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id) {
        Map<String, Object> found = services.get(Service.ISSUER, "/api/v1/accounts/" + Paths.uuid(id));
        Listing licenses = services.list(Service.ISSUER, "/api/v1/licenses", Query.page(0, 100).with("accountId", id));
        Map<String, Object> standings = new HashMap<>();
        if (staff.get().isSales() || staff.get().isSupport() || staff.get().isBilling()) {
            for (Map<String, Object> license : licenses.items()) {
                Object ref = license.get("billingRef");
                if (ref != null) {
                    List<Map<String, Object>> standing = services.list(Service.BILLING, "/api/v1/billing/licenses",
                            Query.page(0, 1).with("billingRef", ref)).items();
                    standings.put(license.get("id").toString(), standing.isEmpty() ? null : standing.get(0).get("standing"));
                }
            }
        }
        Map<String, Object> activationsUsed = new HashMap<>();
        if (staff.get().isSales() || staff.get().isSupport() || staff.get().isAdmin()) {
            for (Map<String, Object> usage : services.list(Service.ACTIVATION,
                    "/api/v1/support/accounts/" + Paths.uuid(id) + "/activation-usage", Query.page(0, 100)).items()) {
                activationsUsed.put(usage.get("licenseId").toString(), usage.get("activationsUsed"));
            }
        }
        return pages.of(account).data("account", found).data("licenses", licenses).data("standings", standings)
                .data("activationsUsed", activationsUsed);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String name, @RestForm String externalRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Forms.required(name, "name"));
        if (externalRef != null && !externalRef.isBlank()) {
            body.put("externalRef", externalRef.strip());
        }
        Map<String, Object> created = services.post(Service.ISSUER, "/api/v1/accounts", body, null);
        return Response.seeOther(URI.create("/accounts/" + created.get("id"))).build();
    }

    @POST
    @Path("/{id}/organizations")
    @Produces(MediaType.TEXT_HTML)
    public Response addOrganization(@PathParam("id") String id, @RestForm String name) {
        services.post(Service.ISSUER, "/api/v1/accounts/" + Paths.uuid(id) + "/organizations",
                Map.of("name", Forms.required(name, "name")), null);
        return Response.seeOther(URI.create("/accounts/" + id)).build();
    }
}
