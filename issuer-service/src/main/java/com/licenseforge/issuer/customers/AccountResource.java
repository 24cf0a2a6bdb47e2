package com.licenseforge.issuer.customers;

import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.CurrentStaff;
import com.licenseforge.common.staff.Roles;
import com.licenseforge.issuer.idempotency.Idempotent;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Tag(name = "Customers", description = "Accounts and their organizations")
@Path("/api/v1/accounts")
public class AccountResource {

    private final CustomerService customers;
    private final CustomerDirectory directory;
    private final ListQueries lists;
    private final CurrentStaff staff;

    public AccountResource(CustomerService customers, CustomerDirectory directory, ListQueries lists,
                           CurrentStaff staff) {
        this.customers = customers;
        this.directory = directory;
        this.lists = lists;
        this.staff = staff;
    }

    public record NewAccount(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 120) String externalRef) {
    }

    public record NewOrganization(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 60) String taxId) {
    }

    public record AccountView(UUID id, String name, String externalRef, Instant createdAt, List<OrganizationView> organizations) {
    }

    /** An account in a list, without its organizations. */
    public record AccountSummary(UUID id, String name, String externalRef, Instant createdAt) {
        static AccountSummary of(Account a) {
            return new AccountSummary(a.id, a.name, a.externalRef, a.createdAt);
        }
    }

    /** A contact as sales enters it; the list replaces the account's contacts. */
    public record NewContact(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(min = 1, max = 200) String name,
            @NotNull @Pattern(regexp = "en|de|zh", message = "must be en, de or zh") String language,
            @NotEmpty @Size(max = 3) List<@NotNull ContactTopic> topics) {
        Contact contact() {
            return new Contact(email.strip(), name, language, topics.stream().distinct().toList());
        }
    }

    public record OrganizationView(UUID id, UUID accountId, String name, String taxId, Instant createdAt) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.accountId, o.name, o.taxId, o.createdAt);
        }
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "createAccount", summary = "Register a customer account",
            description = "An account owns licenses; its organizations are where licenses get bound. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewAccount.class),
            examples = @ExampleObject(name = "contoso", value = """
                    {"name": "Contoso Holding", "externalRef": "crm-4711"}""")))
    @APIResponse(responseCode = "201", description = "Registered; `Location` names the account.",
            headers = @Header(name = "Location", description = "URL of the new account", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The external reference is taken (or a concurrent request took it).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ACCOUNT_EXISTS + "," + ErrorCodes.CONFLICT))
    public Response create(@NotNull @Valid NewAccount request, @Context UriInfo uri) {
        Account account = customers.register(request.name(), request.externalRef(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(account.id.toString()).build())
                .entity(view(account)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "searchAccounts", summary = "Find accounts",
            description = "Accounts whose name or external reference starts with `q` (case-insensitive), by name; all accounts without `q`. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of matching accounts.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountSummary.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "conto", value = """
                            [{"id": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "name": "Contoso Holding", "externalRef": "crm-4711", "createdAt": "2026-03-01T09:00:00Z"}]""")))
    public RestResponse<List<AccountSummary>> search(
            @Parameter(description = "Start of the name or external reference, any case (1 to 100 characters).")
            @QueryParam("q") String q,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "q");
        return query.respond(directory.accounts(ListQuery.prefixPattern("q", q), query.page(), query.size())
                .map(AccountSummary::of));
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "The account with its organizations. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The account.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class),
                    examples = @ExampleObject(name = "contoso", value = """
                            {"id": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "name": "Contoso Holding", "externalRef": "crm-4711", "createdAt": "2026-03-01T09:00:00Z", "organizations": []}""")))
    @APIResponse(responseCode = "404", description = "No such account.")
    public AccountView get(@PathParam("accountId") UUID accountId) {
        return customers.find(accountId).map(this::view).orElseThrow(() -> ProblemException.notFound("account", accountId));
    }

    @POST
    @Path("/{accountId}/organizations")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "createOrganization", summary = "Add an organization to an account",
            description = "Licenses of the account can be activated into its organizations. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewOrganization.class),
            examples = @ExampleObject(name = "contoso-gmbh", value = """
                    {"name": "Contoso GmbH", "taxId": "DE123456789"}""")))
    @APIResponse(responseCode = "201", description = "Added; `Location` names the organization.",
            headers = @Header(name = "Location", description = "URL of the new organization", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "A concurrent request changed the same data.",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.CONFLICT))
    public Response addOrganization(@PathParam("accountId") UUID accountId, @NotNull @Valid NewOrganization request,
                                    @Context UriInfo uri) {
        Organization organization = customers.addOrganization(accountId, request.name(), request.taxId(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(organization.id.toString()).build())
                .entity(OrganizationView.of(organization)).build();
    }

    @PUT
    @Path("/{accountId}/contacts")
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "replaceAccountContacts", summary = "Replace an account's contacts",
            description = "The people who receive mail about the account's licenses, each in its language (`en`, `de`, `zh`) and on its topics (`LICENSES`: issued, renewed, expiry reminders, suspended, reinstated; `BILLING`: past due; `TECHNICAL`: maintenance ending). The list replaces the previous one (an empty list removes all); an address may appear once. Audited. Role `sales`.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewContact.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "contoso", value = """
                    [{"email": "it@contoso.example", "name": "Erika Muster", "language": "de", "topics": ["LICENSES", "TECHNICAL"]},
                     {"email": "ap@contoso.example", "language": "en", "topics": ["BILLING"]}]""")))
    @APIResponse(responseCode = "200", description = "The account's contacts now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Contact.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "A concurrent request changed the same data.",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.CONFLICT))
    public List<Contact> replaceContacts(@PathParam("accountId") UUID accountId,
                                         @NotNull @Size(max = 20) List<@NotNull @Valid NewContact> contacts) {
        return customers.replaceContacts(accountId, contacts.stream().map(NewContact::contact).toList(), actor()).contacts;
    }

    @GET
    @Path("/{accountId}/contacts")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getAccountContacts", summary = "An account's contacts",
            description = "Who receives mail about the account's licenses. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The account's contacts.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Contact.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such account.")
    public List<Contact> contacts(@PathParam("accountId") UUID accountId) {
        return customers.find(accountId).map(account -> account.contacts)
                .orElseThrow(() -> ProblemException.notFound("account", accountId));
    }

    private AccountView view(Account account) {
        return new AccountView(account.id, account.name, account.externalRef, account.createdAt,
                customers.organizationsOf(account.id).stream().map(OrganizationView::of).toList());
    }

    private Actor actor() {
        return staff.as(Roles.SALES);
    }
}
