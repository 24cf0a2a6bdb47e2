package com.licenseforge.issuer.rest;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.domain.Actor;
import com.licenseforge.issuer.domain.Product;
import com.licenseforge.issuer.domain.ProductVersion;
import com.licenseforge.issuer.service.CatalogueService;
import com.licenseforge.issuer.service.PlausibleInstant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.time.Instant;
import java.util.List;

@Path("/api/v1/products")
public class ProductResource {

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,39}";

    private final CatalogueService catalogue;
    private final CurrentStaff staff;

    public ProductResource(CatalogueService catalogue, CurrentStaff staff) {
        this.catalogue = catalogue;
        this.staff = staff;
    }

    public record NewProduct(
            @NotBlank @Pattern(regexp = CODE, message = "must be lower-case letters, digits and hyphens") String code,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<@NotBlank @Pattern(regexp = CODE, message = "must be lower-case letters, digits and hyphens") String> modules) {
    }

    public record NewVersion(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+-]*", message = "must be a version like 2.1.0") String version,
            @NotNull @PlausibleInstant Instant releasedAt) {
    }

    public record ProductView(String code, String name, List<String> modules, Instant createdAt, List<VersionView> versions) {
    }

    public record VersionView(String version, Instant releasedAt) {
        static VersionView of(ProductVersion v) {
            return new VersionView(v.version, v.releasedAt);
        }
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public Response create(@NotNull @Valid NewProduct request, @Context UriInfo uri) {
        Product product = catalogue.register(request.code(), request.name(), request.modules(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(product.code).build()).entity(view(product)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public ProductView get(@PathParam("code") @Pattern(regexp = CODE, message = "is not a product code") String code) {
        return catalogue.find(code).map(this::view).orElseThrow(() -> ProblemException.notFound("product", code));
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public Response addVersion(@PathParam("code") @Pattern(regexp = CODE, message = "is not a product code") String code,
                               @NotNull @Valid NewVersion request, @Context UriInfo uri) {
        ProductVersion version = catalogue.release(code, request.version(), request.releasedAt(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(version.version).build())
                .entity(VersionView.of(version)).build();
    }

    private ProductView view(Product product) {
        return new ProductView(product.code, product.name, product.modules, product.createdAt,
                catalogue.versionsOf(product.code).stream().map(VersionView::of).toList());
    }

    private Actor actor() {
        return staff.as(Roles.SALES);
    }
}
