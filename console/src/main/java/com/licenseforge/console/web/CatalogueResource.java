package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
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

/** The catalogue: products, their modules and versions; sales adds to it. */
@Path("/products")
public class CatalogueResource {

    private final IssuerApi issuer;
    private final Pages pages;

    CatalogueResource(IssuerApi issuer, Pages pages) {
        this.issuer = issuer;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") Integer page) {
        Listing<IssuerApi.Product> found = issuer.products(Query.page(page, 25));
        return pages.of(Templates.products(found));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String modules) {
        var moduleList = Arrays.stream(Forms.required(modules, "modules").split(",")).map(String::strip)
                .filter(module -> !module.isEmpty()).toList();
        issuer.createProduct(new IssuerApi.NewProduct(Forms.required(code, "code"), Forms.required(name, "name"), moduleList));
        return Response.seeOther(URI.create("/products")).build();
    }

    @POST
    @Path("/versions")
    @Produces(MediaType.TEXT_HTML)
    public Response addVersion(@RestForm String product, @RestForm String version, @RestForm String releasedOn) {
        issuer.addVersion(Paths.productCode(product), new IssuerApi.NewVersion(Forms.required(version, "version"),
                Forms.startOfDay(Forms.required(releasedOn, "released on"), "released on")));
        return Response.seeOther(URI.create("/products")).build();
    }
}
