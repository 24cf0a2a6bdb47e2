package com.licenseforge.issuer.catalogue;

import com.licenseforge.common.license.LicenseModel;
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
import com.licenseforge.issuer.vocabulary.LeaseDuration;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Path("/api/v1/products")
@Tag(name = "Catalogue", description = "Products, their modules and released versions")
public class ProductResource {

    private final CatalogueService catalogue;
    private final ListQueries lists;
    private final CurrentStaff staff;

    public ProductResource(CatalogueService catalogue, ListQueries lists, CurrentStaff staff) {
        this.catalogue = catalogue;
        this.lists = lists;
        this.staff = staff;
    }

    public record NewProduct(
            @NotBlank @Pattern(regexp = Product.CODE, message = "must be lower-case letters, digits and hyphens") String code,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<@NotBlank @Pattern(regexp = Product.CODE, message = "must be lower-case letters, digits and hyphens") String> modules,
            @Schema(type = SchemaType.STRING, format = "duration", example = "PT10M",
                    description = "Default heartbeat interval of the product's floating licenses, PT1M to P1D (absent: PT10M)")
            @LeaseDuration(LeaseDuration.Kind.HEARTBEAT_INTERVAL) Duration heartbeatInterval,
            @Schema(type = SchemaType.STRING, format = "duration", example = "P7D",
                    description = "Default longest borrow of the product's floating licenses, up to P90D (absent: P7D)")
            @LeaseDuration(LeaseDuration.Kind.MAX_BORROW) Duration maxBorrow,
            @Schema(description = "False keeps the CD key out of the mail that announces a new license (default true).")
            Boolean cdKeyByMail,
            @Schema(description = "How many machines a customer may free per license within 30 days in the customer portal (default 3).")
            @Min(0) @Max(100) Integer selfServiceDeactivations) {
    }

    public record NewVersion(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+-]*", message = "must be a version like 2.1.0") String version,
            @NotNull @PlausibleInstant Instant releasedAt) {
    }

    public record ProductView(String code, String name, List<String> modules, boolean cdKeyByMail,
                              int selfServiceDeactivations, Instant createdAt,
                              List<VersionView> versions,
                              @Schema(format = "duration", example = "PT10M") String heartbeatInterval,
                              @Schema(format = "duration", example = "P7D") String maxBorrow,
                              TrialPolicy trialPolicy) {
    }

    public record VersionView(String version, Instant releasedAt) {
        static VersionView of(ProductVersion v) {
            return new VersionView(v.version, v.releasedAt);
        }
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "createProduct", summary = "Register a product",
            description = "Adds a product and the modules a license can grant seats for, and optionally the heartbeat interval and longest borrow its floating licenses get unless a license sets its own. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewProduct.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"code": "erp", "name": "Acme ERP", "modules": ["finance", "hr"]}""")))
    @APIResponse(responseCode = "201", description = "Registered; `Location` names the product.",
            headers = @Header(name = "Location", description = "URL of the new product", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (or a concurrent request took it).",
            extensions = @Extension(name = ProblemResponses.CODES,
                    value = Codes.PRODUCT_EXISTS + "," + ErrorCodes.CONFLICT))
    public Response create(@NotNull @Valid NewProduct request, @Context UriInfo uri) {
        Product product = catalogue.register(request.code(), request.name(), request.modules(),
                new FloatingDefaults(request.heartbeatInterval(), request.maxBorrow()),
                request.cdKeyByMail() == null || request.cdKeyByMail(),
                request.selfServiceDeactivations() == null ? Product.DEFAULT_SELF_SERVICE_DEACTIVATIONS
                        : request.selfServiceDeactivations(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(product.code).build()).entity(view(product)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listProducts", summary = "The catalogue",
            description = "Products with their modules and released versions, by code. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of products.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "erp", value = """
                            [{"code": "erp", "name": "Acme ERP", "modules": ["finance", "hr"],
                              "createdAt": "2026-03-01T09:00:00Z",
                              "versions": [{"version": "2.0.0", "releasedAt": "2026-03-01T00:00:00Z"}]}]""")))
    public RestResponse<List<ProductView>> list(@Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(catalogue.list(query.page(), query.size()).map(this::view));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getProduct", summary = "Read a product",
            description = "The product with its modules and released versions. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The product.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class),
                    examples = @ExampleObject(name = "erp", value = """
                            {"code": "erp", "name": "Acme ERP", "modules": ["finance", "hr"],
                             "createdAt": "2026-03-01T09:00:00Z",
                             "versions": [{"version": "2.0.0", "releasedAt": "2026-03-01T00:00:00Z"}]}""")))
    @APIResponse(responseCode = "400", description = "Not a product code.")
    @APIResponse(responseCode = "404", description = "No such product.")
    public ProductView get(@PathParam("code") @Pattern(regexp = Product.CODE, message = "is not a product code") String code) {
        return catalogue.find(code).map(this::view).orElseThrow(() -> ProblemException.notFound("product", code));
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    @Operation(operationId = "releaseProductVersion", summary = "Release a version",
            description = "A license covers a version when `releasedAt <= maintenanceUntil`. Role `sales`.")
    @Parameter(ref = ProblemResponses.IDEMPOTENCY_KEY)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewVersion.class),
            examples = @ExampleObject(name = "2.0.0", value = """
                    {"version": "2.0.0", "releasedAt": "2026-03-01T00:00:00Z"}""")))
    @APIResponse(responseCode = "201", description = "Released; `Location` names the version.",
            headers = @Header(name = "Location", description = "URL of the new version", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such product.")
    @APIResponse(responseCode = "409", description = "The version exists already (or a concurrent request released it).",
            extensions = @Extension(name = ProblemResponses.CODES,
                    value = Codes.VERSION_EXISTS + "," + ErrorCodes.CONFLICT))
    public Response addVersion(@PathParam("code") @Pattern(regexp = Product.CODE, message = "is not a product code") String code,
                               @NotNull @Valid NewVersion request, @Context UriInfo uri) {
        ProductVersion version = catalogue.release(code, request.version(), request.releasedAt(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(version.version).build())
                .entity(VersionView.of(version)).build();
    }

    @PUT
    @Path("/{code}/trial-policy")
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "setTrialPolicy", summary = "Set the product's trial policy",
            description = "Whether prospects may start a trial from the product's installer (`POST /api/v1/trials` on activation-service), for how many days, with which modules and seats and on how many machines. Trials are off until set. Setting the same policy again changes nothing but the audit trail. Role `sales`.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TrialPolicy.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"enabled": true, "durationDays": 30, "modules": {"finance": 2}, "maxActivations": 1}""")))
    @APIResponse(responseCode = "200", description = "The policy now in force.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrialPolicy.class)))
    @APIResponse(responseCode = "404", description = "No such product.")
    public TrialPolicy setTrialPolicy(@PathParam("code") @Pattern(regexp = Product.CODE, message = "is not a product code")
                                      String code, @NotNull @Valid TrialPolicy policy) {
        return TrialPolicy.of(catalogue.setTrialPolicy(code, policy, actor()));
    }

    private ProductView view(Product product) {
        return new ProductView(product.code, product.name, product.modules, product.cdKeyByMail,
                product.selfServiceDeactivations, product.createdAt,
                catalogue.versionsOf(product.code).stream().map(VersionView::of).toList(),
                LicenseModel.text(product.heartbeatInterval()), LicenseModel.text(product.maxBorrow()),
                TrialPolicy.of(product));
    }

    private Actor actor() {
        return staff.as(Roles.SALES);
    }
}
