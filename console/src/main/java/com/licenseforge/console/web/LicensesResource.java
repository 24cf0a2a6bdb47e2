package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import com.licenseforge.console.signin.SubmittedForm;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Licenses: the filtered list and its CSV, issuing, the license page and what sales changes on it. */
@Path("/licenses")
public class LicensesResource {

    private static final int PAGE_SIZE = 25;
    private static final int EXPORT_LIMIT = 10_000;
    private static final String SEATS = "seats.";
    private static final List<String> STATUSES = List.of("ACTIVE", "PAST_DUE", "SUSPENDED", "REVOKED", "EXPIRED");

    private final Services services;
    private final SubmittedForm form;
    private final Pages pages;
    private final LicenseHistory history;
    private final Template licenses;
    private final Template licenseNew;
    private final Template licenseIssued;
    private final Template license;
    private final Template seatPreview;
    private final Template confirm;

    LicensesResource(Services services, SubmittedForm form, Pages pages, LicenseHistory history, Template licenses,
                     Template licenseNew, Template licenseIssued, Template license, Template seatPreview, Template confirm) {
        this.services = services;
        this.form = form;
        this.pages = pages;
        this.history = history;
        this.licenses = licenses;
        this.licenseNew = licenseNew;
        this.licenseIssued = licenseIssued;
        this.license = license;
        this.seatPreview = seatPreview;
        this.confirm = confirm;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam LicenseFilters filters, @QueryParam("page") Integer page) {
        Listing found = services.list(Service.ISSUER, "/api/v1/licenses", filters.api(page, PAGE_SIZE));
        return pages.of(licenses).data("filters", filters).data("found", found).data("statuses", STATUSES);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(@BeanParam LicenseFilters filters) {
        StringBuilder csv = new StringBuilder("serial,id,productCode,accountId,status,expiresAt,maintenanceUntil,maxActivations,billingRef,createdAt\r\n");
        int page = 0;
        Listing found;
        do {
            found = services.list(Service.ISSUER, "/api/v1/licenses", filters.api(page++, 500));
            for (Map<String, Object> row : found.items()) {
                for (String column : List.of("serial", "id", "productCode", "accountId", "status", "expiresAt",
                        "maintenanceUntil", "maxActivations", "billingRef", "createdAt")) {
                    csv.append(column.equals("serial") ? "" : ",").append(Csv.cell(row.get(column)));
                }
                csv.append("\r\n");
            }
        } while (found.hasNext() && page * 500 < EXPORT_LIMIT);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"licenses.csv\"").build();
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issueForm(@QueryParam("accountId") String accountId, @QueryParam("productCode") String productCode) {
        pages.requireSales("issue licenses");
        Map<String, Object> account = services.get(Service.ISSUER, "/api/v1/accounts/" + Paths.uuid(accountId));
        Listing products = services.list(Service.ISSUER, "/api/v1/products", Query.page(0, 500));
        Map<String, Object> product = productCode == null || productCode.isBlank() ? null
                : services.get(Service.ISSUER, "/api/v1/products/" + Paths.productCode(productCode));
        return pages.of(licenseNew).data("account", account).data("products", products.items()).data("product", product)
                .data("today", Forms.today(0)).data("inAYear", Forms.today(365));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issue(@RestForm String productCode, @RestForm String accountId, @RestForm String maxActivations,
                                  @RestForm String startsAt, @RestForm String expiresAt, @RestForm String maintenanceUntil,
                                  @RestForm String billingRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productCode", Paths.productCode(productCode));
        body.put("accountId", Paths.uuid(accountId));
        body.put("modules", seats());
        body.put("maxActivations", number(maxActivations, "max activations"));
        putIfPresent(body, "startsAt", Forms.startOfDay(startsAt, "valid from"));
        putIfPresent(body, "expiresAt", Forms.startOfDay(expiresAt, "expires on"));
        putIfPresent(body, "maintenanceUntil", Forms.startOfDay(maintenanceUntil, "maintenance until"));
        putIfPresent(body, "billingRef", blankToNull(billingRef));
        // the CD key is in this answer only: shown once on the page rendered from it, stored nowhere
        Map<String, Object> issued = services.post(Service.ISSUER, "/api/v1/licenses", body, null);
        return pages.of(licenseIssued).data("license", issued);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        Map<String, Object> found = services.get(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id));
        Map<String, Object> account = services.get(Service.ISSUER, "/api/v1/accounts/" + found.get("accountId"));
        Map<String, Object> standing = null;
        List<Map<String, Object>> invoices = List.of();
        if (found.get("billingRef") != null) {
            List<Map<String, Object>> standings = services.list(Service.BILLING, "/api/v1/billing/licenses",
                    Query.page(0, 1).with("billingRef", found.get("billingRef"))).items();
            if (!standings.isEmpty()) {
                standing = standings.get(0);
                invoices = services.list(Service.BILLING, "/api/v1/billing/licenses/" + id + "/invoices", Query.page(0, 50)).items();
            }
        }
        return pages.of(license).data("license", found).data("account", account).data("standing", standing)
                .data("invoices", invoices).data("history", history.of(found.get("serial").toString()))
                .data("done", done);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response file(@PathParam("id") String id) {
        String licenseId = Paths.uuid(id);
        Map<String, Object> found = services.get(Service.ISSUER, "/api/v1/licenses/" + licenseId);
        String text = services.text(Service.ISSUER, "/api/v1/licenses/" + licenseId + "/file");
        return Response.ok(text).header("Content-Disposition", "attachment; filename=\"" + found.get("serial") + ".lic\"").build();
    }

    @POST
    @Path("/{id}/renewals")
    @Produces(MediaType.TEXT_HTML)
    public Response renew(@PathParam("id") String id, @RestForm String extendBy) {
        if (extendBy == null || !extendBy.matches("P[1-9][0-9]?[MY]")) {
            throw Forms.invalid("choose how long to extend by");
        }
        services.post(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id) + "/renewals", Map.of("extendBy", extendBy), null);
        return backToLicense(id, "renewed");
    }

    /** Seats as proposed, checked against the machines' assignments before anything changes. */
    @POST
    @Path("/{id}/seats/preview")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance previewSeats(@PathParam("id") String id) {
        Map<String, Object> found = services.get(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id));
        Map<String, Integer> modules = seats();
        Map<String, Object> preview = services.post(Service.ACTIVATION,
                "/api/v1/support/serials/" + found.get("serial") + "/seat-change-previews", Map.of("modules", modules), null);
        Map<String, String> fields = new LinkedHashMap<>();
        modules.forEach((module, count) -> fields.put(SEATS + module, count.toString()));
        return pages.of(seatPreview).data("license", found).data("preview", preview).data("fields", fields);
    }

    @POST
    @Path("/{id}/seats")
    @Produces(MediaType.TEXT_HTML)
    public Response changeSeats(@PathParam("id") String id, @RestForm String confirm) {
        Forms.confirmed(confirm);
        services.put(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id) + "/modules", Map.of("modules", seats()));
        return backToLicense(id, "seats");
    }

    /** Suspend, reinstate or revoke: first the page that says what will happen. */
    @POST
    @Path("/{id}/status/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmStatus(@PathParam("id") String id, @RestForm String action, @RestForm String reason) {
        Map<String, Object> found = services.get(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id));
        String serial = found.get("serial").toString();
        List<String> consequences = new ArrayList<>();
        switch (statusAction(action)) {
            case "suspend" -> {
                consequences.add("License " + serial + " is suspended: its machines fail validation until it is reinstated.");
                consequences.add("Nothing is deleted; reinstating restores it.");
            }
            case "reinstate" -> consequences.add("License " + serial + " is active again: its machines validate at their next heartbeat.");
            default -> {
                consequences.add("License " + serial + " is revoked for good: every machine fails validation and it cannot be reinstated.");
                consequences.add("The customer needs a new license to go on.");
            }
        }
        consequences.add("Reason recorded in the audit trail with your name: \u201c" + Forms.required(reason, "reason") + "\u201d.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("reason", reason);
        return pages.of(confirm).data("confirmation", new Confirmation(capitalized(action) + " license " + serial + "?",
                consequences, "/licenses/" + id + "/status", fields, capitalized(action) + " license", "/licenses/" + id));
    }

    @POST
    @Path("/{id}/status")
    @Produces(MediaType.TEXT_HTML)
    public Response changeStatus(@PathParam("id") String id, @RestForm String action, @RestForm String reason,
                                 @RestForm String confirm) {
        Forms.confirmed(confirm);
        services.post(Service.ISSUER, "/api/v1/licenses/" + Paths.uuid(id) + "/" + statusAction(action),
                Map.of("reason", Forms.required(reason, "reason")), UUID.randomUUID().toString());
        return backToLicense(id, action);
    }

    private static Response backToLicense(String id, String done) {
        return Response.seeOther(URI.create("/licenses/" + id + "?done=" + done)).build();
    }

    private static String statusAction(String action) {
        if (!List.of("suspend", "reinstate", "revoke").contains(action)) {
            throw Forms.invalid("choose suspend, reinstate or revoke");
        }
        return action;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The form's {@code seats.<module>} fields: the module names come from the product, not from the code. */
    private Map<String, Integer> seats() {
        Map<String, Integer> modules = new LinkedHashMap<>();
        form.withPrefix(SEATS).forEach((module, value) -> {
            if (!value.isBlank()) {
                modules.put(module, number(value, "seats of " + module));
            }
        });
        if (modules.isEmpty()) {
            throw Forms.invalid("give at least one module seats");
        }
        return modules;
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(Forms.required(value, field));
        } catch (NumberFormatException e) {
            throw Forms.invalid(field + " is not a whole number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void putIfPresent(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
