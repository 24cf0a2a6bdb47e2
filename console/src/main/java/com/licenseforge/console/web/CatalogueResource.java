package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/** The catalogue: products, their modules and versions; sales adds to it. */
@Path("/products")
public class CatalogueResource {

    private final Services services;
    private final Pages pages;
    private final Template products;

    CatalogueResource(Services services, Pages pages, Template products) {
        this.services = services;
        this.pages = pages;
        this.products = products;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") Integer page) {
        Listing found = services.list(Service.ISSUER, "/api/v1/products", Query.page(page, 25));
        return pages.of(products).data("found", found);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String modules) {
        var moduleList = Arrays.stream(Forms.required(modules, "modules").split(",")).map(String::strip)
                .filter(module -> !module.isEmpty()).toList();
        services.post(Service.ISSUER, "/api/v1/products", Map.of("code", Forms.required(code, "code"),
                "name", Forms.required(name, "name"), "modules", moduleList), null);
        return Response.seeOther(URI.create("/products")).build();
    }

    @POST
    @Path("/versions")
    @Produces(MediaType.TEXT_HTML)
    public Response addVersion(@RestForm String product, @RestForm String version, @RestForm String releasedOn) {
        services.post(Service.ISSUER, "/api/v1/products/" + Paths.productCode(product) + "/versions",
                Map.of("version", Forms.required(version, "version"),
                        "releasedAt", Forms.startOfDay(Forms.required(releasedOn, "released on"), "released on")), null);
        return Response.seeOther(URI.create("/products")).build();
    }
}
