package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.AuditEntry;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.format.Serial;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Support's work on a serial: look it up (or find it through the customer's name), move the binding, reset
 * activations, grant re-registrations. Each change is confirmed first and shows its audit entry after.
 */
@Path("/support")
public class SupportResource {

    private final IssuerApi issuer;
    private final ActivationApi activation;
    private final AccountSerials accountSerials;
    private final Pages pages;

    SupportResource(IssuerApi issuer, ActivationApi activation, AccountSerials accountSerials, Pages pages) {
        this.issuer = issuer;
        this.activation = activation;
        this.accountSerials = accountSerials;
        this.pages = pages;
    }

    /**
     * A serial goes straight to its page; anything else is looked up as an account or organization name, each
     * account found shown with its serials.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response lookup(@QueryParam("q") String q) {
        Optional<String> asSerial = q == null ? Optional.empty() : Serial.parse(q);
        if (asSerial.isPresent()) {
            return Response.seeOther(URI.create("/support/serials/" + asSerial.get())).build();
        }
        Listing<IssuerApi.AccountSummary> accounts = null;
        Listing<IssuerApi.OrganizationEntry> organizations = null;
        List<AccountSerials.Found> serials = List.of();
        if (q != null && !q.isBlank()) {
            accounts = issuer.accounts(Query.page(0, 25).with("q", q));
            organizations = issuer.organizations(Query.page(0, 25).with("q", q));
            serials = accountSerials.of(accounts.items(), organizations.items());
        }
        return Response.ok(pages.of(Templates.support(q == null ? "" : q, accounts, organizations, serials))).build();
    }

    @GET
    @Path("/serials/{serial}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("serial") String value, @QueryParam("done") String done,
                                 @QueryParam("orgQ") String orgQ) {
        String canonical = Paths.serial(value);
        ActivationApi.SerialOverview overview = activation.serial(canonical);
        List<IssuerApi.OrganizationEntry> sameAccount = issuer.organizations(Query.page(0, 500)
                .with("accountId", overview.accountId())).items();
        List<IssuerApi.OrganizationEntry> otherAccounts = orgQ == null || orgQ.isBlank() ? List.of()
                : issuer.organizations(Query.page(0, 50).with("q", orgQ)).items()
                .stream().filter(org -> !org.accountId().equals(overview.accountId())).toList();
        AuditEntry entry = done == null ? null : auditEntry(canonical, done);
        return pages.of(Templates.serial(overview, sameAccount, otherAccounts, orgQ == null ? "" : orgQ, entry, done));
    }

    @POST
    @Path("/serials/{serial}/reassignments/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmReassignment(@PathParam("serial") String value, @RestForm String target,
                                                @RestForm String reason) {
        String canonical = Paths.serial(value);
        Target to = Target.parse(target);
        ActivationApi.SerialOverview overview = activation.serial(canonical);
        IssuerApi.OrganizationEntry organization = organization(to);
        boolean transfer = !to.accountId().equals(overview.accountId().toString());
        ActivationApi.Binding binding = overview.binding();
        long live = overview.liveActivations();
        List<String> consequences = new ArrayList<>();
        consequences.add("The binding of " + canonical + " moves from " + (binding == null ? "no organization"
                : binding.organizationName()) + " to " + organization.name() + " (account " + organization.accountName() + ").");
        consequences.add(live + " live activation" + (live == 1 ? "" : "s") + " end as REASSIGNED; the customer activates again in "
                + organization.name() + ".");
        if (transfer) {
            consequences.add("The license moves to account " + organization.accountName()
                    + ": the issuer checks the transfer first, and the binding moves once it agrees.");
        }
        consequences.add("Reason recorded in the audit trail with your name: \u201c" + Forms.required(reason, "reason") + "\u201d.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("target", target);
        fields.put("reason", reason);
        return pages.of(Templates.confirm(new Confirmation("Move the binding of " + canonical + "?", consequences,
                "/support/serials/" + canonical + "/reassignments", fields, "Move binding", "/support/serials/" + canonical)));
    }

    @POST
    @Path("/serials/{serial}/reassignments")
    @Produces(MediaType.TEXT_HTML)
    public Response reassign(@PathParam("serial") String value, @RestForm String target, @RestForm String reason,
                             @RestForm String confirm) {
        Forms.confirmed(confirm);
        String canonical = Paths.serial(value);
        Target to = Target.parse(target);
        ActivationApi.SerialOverview overview = activation.serial(canonical);
        var reassignment = new ActivationApi.Reassignment(to.organizationId(),
                !to.accountId().equals(overview.accountId().toString()), Forms.required(reason, "reason"));
        return act(canonical, requestId -> activation.reassign(canonical, reassignment, requestId));
    }

    @POST
    @Path("/serials/{serial}/activation-resets/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmReset(@PathParam("serial") String value, @RestForm String activationId,
                                         @RestForm String reason) {
        String canonical = Paths.serial(value);
        boolean one = activationId != null && !activationId.isBlank();
        ActivationApi.SerialOverview overview = activation.serial(canonical);
        List<String> consequences = new ArrayList<>();
        consequences.add(one ? "Activation " + Paths.uuid(activationId) + " ends and frees its slot; that machine must activate again."
                : "All " + overview.liveActivations() + " live activations of " + canonical + " end and free their slots; every machine must activate again.");
        consequences.add("The binding to the organization stays as it is.");
        consequences.add("Reason recorded in the audit trail with your name: \u201c" + Forms.required(reason, "reason") + "\u201d.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activationId", one ? activationId : "");
        fields.put("reason", reason);
        return pages.of(Templates.confirm(new Confirmation(one ? "Reset this activation?" : "Reset all activations?",
                consequences, "/support/serials/" + canonical + "/activation-resets", fields,
                one ? "Reset activation" : "Reset all activations", "/support/serials/" + canonical)));
    }

    @POST
    @Path("/serials/{serial}/activation-resets")
    @Produces(MediaType.TEXT_HTML)
    public Response reset(@PathParam("serial") String value, @RestForm String activationId, @RestForm String reason,
                          @RestForm String confirm) {
        Forms.confirmed(confirm);
        String canonical = Paths.serial(value);
        var reset = new ActivationApi.ActivationReset(activationId == null || activationId.isBlank() ? null : Paths.uuid(activationId),
                Forms.required(reason, "reason"));
        return act(canonical, requestId -> activation.resetActivations(canonical, reset, requestId));
    }

    @POST
    @Path("/serials/{serial}/reregistration-allowances/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmAllowance(@PathParam("serial") String value, @RestForm Integer extra,
                                             @RestForm String reason) {
        String canonical = Paths.serial(value);
        int count = extra(extra);
        List<String> consequences = List.of(
                canonical + " may re-register " + count + " more machine" + (count == 1 ? "" : "s") + " (hardware changes) within the next 365 days.",
                "Reason recorded in the audit trail with your name: \u201c" + Forms.required(reason, "reason") + "\u201d.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("extra", Integer.toString(count));
        fields.put("reason", reason);
        return pages.of(Templates.confirm(new Confirmation("Grant " + count + " re-registration" + (count == 1 ? "" : "s") + "?",
                consequences, "/support/serials/" + canonical + "/reregistration-allowances", fields, "Grant",
                "/support/serials/" + canonical)));
    }

    @POST
    @Path("/serials/{serial}/reregistration-allowances")
    @Produces(MediaType.TEXT_HTML)
    public Response grant(@PathParam("serial") String value, @RestForm Integer extra, @RestForm String reason,
                          @RestForm String confirm) {
        Forms.confirmed(confirm);
        String canonical = Paths.serial(value);
        var allowance = new ActivationApi.ReregistrationAllowance(extra(extra), Forms.required(reason, "reason"));
        return act(canonical, requestId -> activation.grantReregistrations(canonical, allowance, requestId));
    }

    /** Does the change under a request id of its own, so the serial page can show exactly its audit entry. */
    private static Response act(String serial, Consumer<String> change) {
        String requestId = "console-" + UUID.randomUUID();
        change.accept(requestId);
        return Response.seeOther(URI.create("/support/serials/" + serial + "?done="
                + URLEncoder.encode(requestId, StandardCharsets.UTF_8))).build();
    }

    private AuditEntry auditEntry(String serial, String requestId) {
        Query recent = Query.page(0, 200).with("serial", serial)
                .with("from", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        return activation.audit(recent).stream()
                .filter(entry -> requestId.equals(entry.requestId())).findFirst().orElse(null);
    }

    private IssuerApi.OrganizationEntry organization(Target to) {
        return issuer.organizations(Query.page(0, 500).with("accountId", to.accountId()))
                .items().stream().filter(org -> to.organizationId().equals(org.id().toString()))
                .findFirst().orElseThrow(() -> Forms.invalid("the chosen organization no longer exists"));
    }

    private static int extra(Integer extra) {
        if (extra == null || extra < 1 || extra > 100) {
            throw Forms.invalid("extra re-registrations must be 1 to 100");
        }
        return extra;
    }

    /** The organization picker's value: the organization and the account it belongs to. */
    record Target(String accountId, String organizationId) {
        static Target parse(String value) {
            String[] parts = Forms.required(value, "organization").split("/");
            if (parts.length != 2) {
                throw Forms.invalid("choose an organization");
            }
            return new Target(Paths.uuid(parts[0]), Paths.uuid(parts[1]));
        }
    }
}
