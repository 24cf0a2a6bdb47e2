package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.BillingApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.ServiceProblem;
import com.licenseforge.console.signin.SubmittedForm;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final IssuerApi issuer;
    private final ActivationApi activation;
    private final BillingApi billing;
    private final SubmittedForm form;
    private final Pages pages;
    private final LicenseHistory history;

    LicensesResource(IssuerApi issuer, ActivationApi activation, BillingApi billing, SubmittedForm form, Pages pages,
                     LicenseHistory history) {
        this.issuer = issuer;
        this.activation = activation;
        this.billing = billing;
        this.form = form;
        this.pages = pages;
        this.history = history;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam LicenseFilters filters, @QueryParam("page") Integer page) {
        Listing<IssuerApi.License> found = issuer.licenses(filters.api(page, PAGE_SIZE));
        return pages.of(Templates.licenses(filters, found, STATUSES));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(@BeanParam LicenseFilters filters) {
        StringBuilder csv = new StringBuilder("serial,id,productCode,accountId,status,expiresAt,maintenanceUntil,maxActivations,billingRef,createdAt\r\n");
        int page = 0;
        Listing<IssuerApi.License> found;
        do {
            found = issuer.licenses(filters.api(page++, 500));
            for (IssuerApi.License row : found.items()) {
                List<Object> cells = Arrays.asList(row.serial(), row.id(), row.productCode(), row.accountId(), row.status(),
                        row.expiresAt(), row.maintenanceUntil(), row.maxActivations(), row.billingRef(), row.createdAt());
                for (int column = 0; column < cells.size(); column++) {
                    csv.append(column == 0 ? "" : ",").append(Csv.cell(cells.get(column)));
                }
                csv.append("\r\n");
            }
        } while (found.hasNext() && page * 500 < EXPORT_LIMIT);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"licenses.csv\"").build();
    }

    /** Without an account: the account picker first (search by name), then the form for the account chosen. */
    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issueForm(@QueryParam("accountId") String accountId, @QueryParam("productCode") String productCode,
                                      @QueryParam("q") String q) {
        pages.requireSales("issue licenses");
        if (accountId == null || accountId.isBlank()) {
            Listing<IssuerApi.AccountSummary> found = q == null || q.isBlank() ? null
                    : issuer.accounts(Query.page(0, 25).with("q", q));
            return pages.of(Templates.licenseAccountPick(q == null ? "" : q, found));
        }
        IssuerApi.Account account = issuer.account(Paths.uuid(accountId));
        IssuerApi.Product product = productCode == null || productCode.isBlank() ? null
                : issuer.product(Paths.productCode(productCode));
        LicenseDraft draft = product == null ? null : LicenseDraft.blank(product.modules(), LocalDate.now(ZoneOffset.UTC));
        return pages.of(Templates.licenseNew(account, issuer.products(Query.page(0, 500)).items(), product, draft));
    }

    /** Issues the license; a refusal shows the form again as it was filled in, each message beside its field. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response issue(@RestForm String productCode, @RestForm String accountId, @RestForm String maxActivations,
                          @RestForm String startsAt, @RestForm String expiresAt, @RestForm String maintenanceUntil,
                          @RestForm String billingRef, @RestForm String model, @RestForm String heartbeatMinutes) {
        String product = Paths.productCode(productCode);
        UUID account = UUID.fromString(Paths.uuid(accountId));
        LicenseDraft draft = LicenseDraft.submitted(form.withPrefix(SEATS), maxActivations, startsAt, expiresAt,
                maintenanceUntil, billingRef, model, heartbeatMinutes);
        try {
            // the CD key is in this answer only: shown once on the page rendered from it, stored nowhere
            IssuerApi.License issued = issuer.issue(draft.request(product, account));
            return Response.ok(pages.of(Templates.licenseIssued(issued))).build();
        } catch (ServiceProblem refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(pages.of(Templates.licenseNew(issuer.account(account.toString()),
                    issuer.products(Query.page(0, 500)).items(), issuer.product(product), draft.refusedWith(refused)))).build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        IssuerApi.License found = issuer.license(Paths.uuid(id));
        IssuerApi.Account account = issuer.account(found.accountId().toString());
        BillingApi.Standing standing = found.billingRef() == null ? null : billing.standingOf(found.billingRef());
        List<BillingApi.Invoice> invoices = standing == null ? List.of()
                : billing.invoices(found.id().toString(), Query.page(0, 50)).items();
        IssuerApi.Trial trial = found.trial() ? issuer.trial(found.id().toString()) : null;
        return pages.of(Templates.license(found, account, standing, invoices, history.of(found.serial()), done, trial));
    }

    /** A trial's conversion form, prefilled with what the trial granted and for the trial's account. */
    @GET
    @Path("/{id}/conversions/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance conversionForm(@PathParam("id") String id) {
        pages.requireSales("convert trials");
        IssuerApi.License trial = trialLicense(id);
        IssuerApi.Product product = issuer.product(trial.productCode());
        return pages.of(Templates.licenseConvert(trial, issuer.account(trial.accountId().toString()), product,
                trial.accountId().toString(),
                LicenseDraft.converting(product.modules(), product.trialPolicy(), LocalDate.now(ZoneOffset.UTC))));
    }

    /** Converts the trial; the paid license's CD key is shown once, as when issuing. A refusal shows the form again. */
    @POST
    @Path("/{id}/conversions")
    @Produces(MediaType.TEXT_HTML)
    public Response convert(@PathParam("id") String id, @RestForm String accountId, @RestForm String maxActivations,
                            @RestForm String expiresAt, @RestForm String maintenanceUntil, @RestForm String billingRef) {
        IssuerApi.License trial = trialLicense(id);
        String account = accountId == null || accountId.isBlank() ? trial.accountId().toString() : Paths.uuid(accountId.strip());
        LicenseDraft draft = LicenseDraft.submitted(form.withPrefix(SEATS), maxActivations, "", expiresAt,
                maintenanceUntil, billingRef, null, null);
        try {
            IssuerApi.License paid = issuer.convertTrial(trial.id().toString(),
                    draft.conversion(trial.productCode(), UUID.fromString(account)));
            return Response.ok(pages.of(Templates.licenseIssued(paid))).build();
        } catch (ServiceProblem refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(pages.of(Templates.licenseConvert(trial,
                    issuer.account(trial.accountId().toString()), issuer.product(trial.productCode()), account,
                    draft.refusedWith(refused)))).build();
        }
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response file(@PathParam("id") String id) {
        String licenseId = Paths.uuid(id);
        IssuerApi.License found = issuer.license(licenseId);
        String text = issuer.licenseFile(licenseId);
        return Response.ok(text).header("Content-Disposition", "attachment; filename=\"" + found.serial() + ".lic\"").build();
    }

    @POST
    @Path("/{id}/renewals")
    @Produces(MediaType.TEXT_HTML)
    public Response renew(@PathParam("id") String id, @RestForm String extendBy) {
        if (extendBy == null || !extendBy.matches("P[1-9][0-9]?[MY]")) {
            throw Forms.invalid("choose how long to extend by");
        }
        issuer.renew(Paths.uuid(id), new IssuerApi.Renewal(extendBy));
        return backToLicense(id, "renewed");
    }

    /** Seats as proposed, checked against the machines' assignments before anything changes. */
    @POST
    @Path("/{id}/seats/preview")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance previewSeats(@PathParam("id") String id) {
        IssuerApi.License found = issuer.license(Paths.uuid(id));
        Map<String, Integer> modules = seats();
        ActivationApi.SeatChangePreview preview = activation.previewSeats(found.serial(), new IssuerApi.ModuleSeats(modules));
        Map<String, String> fields = new LinkedHashMap<>();
        modules.forEach((module, count) -> fields.put(SEATS + module, count.toString()));
        return pages.of(Templates.seatPreview(found, preview, fields));
    }

    @POST
    @Path("/{id}/seats")
    @Produces(MediaType.TEXT_HTML)
    public Response changeSeats(@PathParam("id") String id, @RestForm String confirm) {
        Forms.confirmed(confirm);
        issuer.changeModules(Paths.uuid(id), new IssuerApi.ModuleSeats(seats()));
        return backToLicense(id, "seats");
    }

    /** Suspend, reinstate or revoke: first the page that says what will happen. */
    @POST
    @Path("/{id}/status/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmStatus(@PathParam("id") String id, @RestForm String action, @RestForm String reason) {
        String serial = issuer.license(Paths.uuid(id)).serial();
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
        return pages.of(Templates.confirm(new Confirmation(capitalized(action) + " license " + serial + "?",
                consequences, "/licenses/" + id + "/status", fields, capitalized(action) + " license", "/licenses/" + id)));
    }

    @POST
    @Path("/{id}/status")
    @Produces(MediaType.TEXT_HTML)
    public Response changeStatus(@PathParam("id") String id, @RestForm String action, @RestForm String reason,
                                 @RestForm String confirm) {
        Forms.confirmed(confirm);
        issuer.changeStatus(Paths.uuid(id), statusAction(action), new IssuerApi.Reason(Forms.required(reason, "reason")),
                UUID.randomUUID().toString());
        return backToLicense(id, action);
    }

    private IssuerApi.License trialLicense(String id) {
        IssuerApi.License found = issuer.license(Paths.uuid(id));
        if (!found.trial()) {
            throw new ServiceProblem(409, "NOT_A_TRIAL", "License " + found.serial() + " is a paid license, not a trial.");
        }
        return found;
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
}
