package com.licenseforge.issuer.rest;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.domain.Actor;
import com.licenseforge.issuer.domain.Account;
import com.licenseforge.issuer.domain.Organization;
import com.licenseforge.issuer.service.CustomerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/accounts")
public class AccountResource {

    private final CustomerService customers;
    private final CurrentStaff staff;

    public AccountResource(CustomerService customers, CurrentStaff staff) {
        this.customers = customers;
        this.staff = staff;
    }

    public record NewAccount(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 120) String externalRef) {
    }

    public record NewOrganization(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 60) String taxId) {
    }

    public record AccountView(UUID id, String name, String externalRef, Instant createdAt, List<OrganizationView> organizations) {
    }

    public record OrganizationView(UUID id, UUID accountId, String name, String taxId, Instant createdAt) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.accountId, o.name, o.taxId, o.createdAt);
        }
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public Response create(@NotNull @Valid NewAccount request, @Context UriInfo uri) {
        Account account = customers.register(request.name(), request.externalRef(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(account.id.toString()).build())
                .entity(view(account)).build();
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public AccountView get(@PathParam("accountId") UUID accountId) {
        return customers.find(accountId).map(this::view).orElseThrow(() -> ProblemException.notFound("account", accountId));
    }

    @POST
    @Path("/{accountId}/organizations")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public Response addOrganization(@PathParam("accountId") UUID accountId, @NotNull @Valid NewOrganization request,
                                    @Context UriInfo uri) {
        Organization organization = customers.addOrganization(accountId, request.name(), request.taxId(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(organization.id.toString()).build())
                .entity(OrganizationView.of(organization)).build();
    }

    private AccountView view(Account account) {
        return new AccountView(account.id, account.name, account.externalRef, account.createdAt,
                customers.organizationsOf(account.id).stream().map(OrganizationView::of).toList());
    }

    private Actor actor() {
        return staff.as(Roles.SALES);
    }
}
