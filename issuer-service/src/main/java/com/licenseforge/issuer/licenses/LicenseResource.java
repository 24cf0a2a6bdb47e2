package com.licenseforge.issuer.licenses;

import com.licenseforge.common.format.Serial;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.http.QueryParameters;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.CurrentStaff;
import com.licenseforge.common.staff.Roles;
import com.licenseforge.issuer.catalogue.Product;
import com.licenseforge.issuer.idempotency.Idempotent;
import com.licenseforge.issuer.vocabulary.Codes;
import com.licenseforge.issuer.vocabulary.PlausibleInstant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Tag(name = "Licenses", description = "Issue licenses and change them over their life")
@Path("/api/v1/licenses")
public class LicenseResource {

    private final LicenseService licenses;
    private final LicenseSearch search;
    private final LicenseLifecycle lifecycle;
    private final LicenseTokens tokens;
    private final ListQueries lists;
    private final TrialConversions trials;
    private final CurrentStaff staff;
    private final Clock clock;

    public LicenseResource(LicenseService licenses, LicenseSearch search, LicenseLifecycle lifecycle,
                           LicenseTokens tokens, ListQueries lists, TrialConversions trials, CurrentStaff staff,
                           Clock clock) {
        this.trials = trials;
        this.licenses = licenses;
        this.search = search;
        this.lifecycle = lifecycle;
        this.tokens = tokens;
        this.lists = lists;
        this.staff = staff;
        this.clock = clock;
    }

    public record Renewal(@Size(max = 40) String extendBy, @PlausibleInstant Instant expiresAt,
                          @Size(max = 500) String reason) {
    }

    public record ModulesChange(
            @NotEmpty Map<@NotBlank String, @NotNull @Min(0) @Max(1_000_000) Integer> modules,
            @Size(max = 500) String reason) {
    }

    public record StatusChange(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "issueLicense", summary = "Issue a license",
            description = "Creates a license with a new serial and CD key. The CD key is in this response only: idempotent replays return the license without it. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = IssueLicense.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"productCode": "erp", "accountId": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "modules": {"finance": 10, "hr": 3}, "maxActivations": 2, "expiresAt": "2031-01-01T00:00:00Z", "maintenanceUntil": "2030-01-01T00:00:00Z", "billingRef": "sub_contoso_1"}""")))
    @APIResponse(responseCode = "201", description = "Issued; `Location` names the license. Carries `cdKey` (once) and the license token.",
            headers = @Header(name = "Location", description = "URL of the new license", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "409", description = "The billing reference is used by another license (or a concurrent request).",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.CONFLICT))
    public Response issue(@NotNull @Valid IssueLicense request, @Context UriInfo uri) {
        LicenseService.Issued issued = licenses.issue(request, staff.as(Roles.SALES));
        License license = issued.license();
        return Response.created(uri.getAbsolutePathBuilder().path(license.id.toString()).build())
                .entity(LicenseView.of(license, issued.cdKey(), issued.token(), clock.instant())).build();
    }

    @POST
    @Path("/{id}/conversions")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "convertTrial", summary = "Convert a trial to a paid license",
            description = "Issues a paid license with its own serial and CD key, for the trial's account unless `accountId` names another, and ends the trial as `CONVERTED`. The customer enters the new serial on the trial's machine: it activates there without a second slot and ends the trial on it. The CD key is in this response only. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TrialConversion.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"modules": {"finance": 10, "hr": 3}, "maxActivations": 2, "expiresAt": "2031-01-01T00:00:00Z", "billingRef": "sub_contoso_1"}""")))
    @APIResponse(responseCode = "201", description = "The paid license; `Location` names it. Carries `cdKey` (once) and the license token.",
            headers = @Header(name = "Location", description = "URL of the paid license", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The license is not a trial, the trial was converted already, it is revoked, or the billing reference is taken.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.NOT_A_TRIAL + "," + Codes.TRIAL_ALREADY_CONVERTED + "," + Codes.ILLEGAL_TRANSITION + "," + ErrorCodes.CONFLICT))
    public Response convert(@PathParam("id") UUID id, @NotNull @Valid TrialConversion request, @Context UriInfo uri) {
        LicenseService.Issued issued = trials.convert(id, request, staff.as(Roles.SALES));
        License license = issued.license();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/licenses").path(license.id.toString()).build())
                .entity(LicenseView.of(license, issued.cdKey(), issued.token(), clock.instant())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getLicense", summary = "Read a license",
            description = "The license without its CD key. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The license.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class),
                    examples = @ExampleObject(name = "active", value = """
                            {"id": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "productCode": "erp", "accountId": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "modules": {"finance": 10, "hr": 3}, "maxActivations": 2, "startsAt": "2026-03-01T00:00:00Z", "expiresAt": "2031-01-01T00:00:00Z", "maintenanceUntil": "2030-01-01T00:00:00Z", "status": "ACTIVE", "billingRef": "sub_contoso_1", "createdAt": "2026-03-01T09:00:00Z", "updatedAt": "2026-03-01T09:00:00Z"}""")))
    @APIResponse(responseCode = "404", description = "No such license.")
    public LicenseView get(@PathParam("id") UUID id) {
        return LicenseView.of(load(id), clock.instant());
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "searchLicenses", summary = "Find licenses",
            description = "By serial, account, product, status (as the license view shows it), expiry range and billing reference, every given filter applying; ordered by `sort`. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of matching licenses.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "byAccount", value = """
                            [{"id": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "productCode": "erp", "accountId": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "modules": {"finance": 10, "hr": 3}, "maxActivations": 2, "startsAt": "2026-03-01T00:00:00Z", "expiresAt": "2031-01-01T00:00:00Z", "maintenanceUntil": "2030-01-01T00:00:00Z", "status": "ACTIVE", "billingRef": "sub_contoso_1", "createdAt": "2026-03-01T09:00:00Z", "updatedAt": "2026-03-01T09:00:00Z"}]""")))
    public RestResponse<List<LicenseView>> search(
            @Parameter(description = "A serial (its check character is verified).") @QueryParam("serial") String serial,
            @Parameter(description = "The owning account.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "The product's code.")
            @QueryParam("productCode") @Pattern(regexp = Product.CODE, message = "is not a product code") String productCode,
            @Parameter(description = "The status as the license view shows it.",
                    schema = @Schema(enumeration = {"ACTIVE", "PAST_DUE", "SUSPENDED", "REVOKED", "EXPIRED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Expires at or after this instant (perpetual licenses never match).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("expiresFrom") String expiresFrom,
            @Parameter(description = "Expires before this instant (perpetual licenses never match).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("expiresTo") String expiresTo,
            @Parameter(description = "The billing provider's subscription reference.") @QueryParam("billingRef") String billingRef,
            @Parameter(description = "`createdAt`, `expiresAt`, `serial` or `updatedAt`; a leading `-` for descending. Default `-createdAt`.")
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "serial", "accountId", "productCode", "status", "expiresFrom", "expiresTo",
                "billingRef", "sort");
        Instant from = QueryParameters.instant("expiresFrom", expiresFrom);
        Instant to = QueryParameters.instant("expiresTo", expiresTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.validation("expiresTo", "must not be before expiresFrom");
        }
        LicenseFilter filter = new LicenseFilter(serial == null ? null : Serial.parse(serial).orElseThrow(
                () -> ProblemException.validation("serial", "is not a well-formed serial (check character)")),
                QueryParameters.uuid("accountId", accountId), productCode,
                QueryParameters.oneOf("status", status, LicenseStatus.class), from, to,
                QueryParameters.text("billingRef", billingRef, 120));
        Instant now = clock.instant();
        return query.respond(search.find(filter, LicenseOrder.parse("sort", sort), query.page(), query.size())
                .map(license -> LicenseView.of(license, now)));
    }

    @POST
    @Path("/{id}/renewals")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "renewLicense", summary = "Renew a license",
            description = "Extends the expiry by a period (`extendBy`, from the current expiry, or from now if expired) or to a date (`expiresAt`); not for perpetual licenses or while billing is not current. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Renewal.class),
            examples = @ExampleObject(name = "oneYear", value = """
                    {"extendBy": "P1Y", "reason": "renewal order 2027"}""")))
    @APIResponse(responseCode = "200", description = "The license after the change, with a freshly minted token.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The current status does not allow this change.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ILLEGAL_TRANSITION))
    public RestResponse<LicenseView> renew(@PathParam("id") UUID id, @NotNull @Valid Renewal request) {
        return withToken(lifecycle.renew(id, request.extendBy(), request.expiresAt(), request.reason(),
                staff.as(Roles.SALES)));
    }

    @PUT
    @Path("/{id}/modules")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "changeLicenseModules", summary = "Change modules and seats",
            description = "Replaces the seat counts per module; seats may go down (activation-service enforces the excess rule). Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ModulesChange.class),
            examples = @ExampleObject(name = "fewerSeats", value = """
                    {"modules": {"finance": 5, "hr": 3}, "reason": "downsizing"}""")))
    @APIResponse(responseCode = "200", description = "The license after the change, with a freshly minted token.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The current status does not allow this change.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ILLEGAL_TRANSITION))
    public RestResponse<LicenseView> changeModules(@PathParam("id") UUID id, @NotNull @Valid ModulesChange request) {
        return withToken(lifecycle.changeModules(id, request.modules(), request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "suspendLicense", summary = "Suspend a license",
            description = "An active license stops validating until reinstated. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "fraud", value = """
                    {"reason": "ticket 6001: chargeback"}""")))
    @APIResponse(responseCode = "200", description = "The license after the change, with a freshly minted token.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The current status does not allow this change.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ILLEGAL_TRANSITION))
    public RestResponse<LicenseView> suspend(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return withToken(lifecycle.suspend(id, request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "reinstateLicense", summary = "Reinstate a license",
            description = "A suspended license is active again. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "resolved", value = """
                    {"reason": "ticket 6001: resolved"}""")))
    @APIResponse(responseCode = "200", description = "The license after the change, with a freshly minted token.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The current status does not allow this change.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ILLEGAL_TRANSITION))
    public RestResponse<LicenseView> reinstate(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return withToken(lifecycle.reinstate(id, request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "revokeLicense", summary = "Revoke a license",
            description = "Final: the license never validates again and gets no new token. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "breach", value = """
                    {"reason": "contract terminated"}""")))
    @APIResponse(responseCode = "200", description = "The revoked license.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The current status does not allow this change.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ILLEGAL_TRANSITION))
    public RestResponse<LicenseView> revoke(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return RestResponse.ok(LicenseView.of(lifecycle.revoke(id, request.reason(), staff.as(Roles.SALES)),
                clock.instant()));
    }

    @GET
    @Path("/{id}/token")
    @Produces({MediaType.TEXT_PLAIN, "application/jwt"})
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getLicenseToken", summary = "Current license token",
            description = "The license as a signed JWS (EdDSA) for offline checks. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The compact JWS.",
            content = {
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "jws", value = "eyJraWQiOiJpc3N1ZXItMSIsInR5cCI6ImxpY2Vuc2Urand0IiwiYWxnIjoiRWREU0EifQ.eyJzdWIiOiI3S1EyTTlYRDRIUlRXM1AwIn0.c2lnbmF0dXJl")),
                    @Content(mediaType = "application/jwt", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The license is revoked.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REVOKED))
    public String token(@PathParam("id") UUID id) {
        return tokens.token(load(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getLicenseFile", summary = "License file",
            description = "The armored license file for machines that are never online. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The license file (`Content-Disposition: attachment`).",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "file", value = """
                            -----BEGIN LICENSEFORGE LICENSE-----
                            Serial: 7KQ2M9XD4HRTW3P0
                            ...
                            -----END LICENSEFORGE LICENSE-----""")))
    @APIResponse(responseCode = "404", description = "No such license.")
    @APIResponse(responseCode = "409", description = "The license is revoked.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REVOKED))
    public Response file(@PathParam("id") UUID id) {
        License license = load(id);
        return Response.ok(tokens.file(license))
                .header("Content-Disposition", "attachment; filename=\"" + license.serial + ".lic\"").build();
    }

    /** Every change re-mints the token: the response carries the one that reflects it. */
    private RestResponse<LicenseView> withToken(License license) {
        return RestResponse.ok(LicenseView.of(license, null, tokens.token(license), clock.instant()));
    }

    private License load(UUID id) {
        return licenses.find(id).orElseThrow(() -> ProblemException.notFound("license", id));
    }
}
