package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Admin: the license-token signing keys, which one signs now and which only still verify, and their rotation. */
@Path("/admin/keys")
public class AdminResource {

    private final Services services;
    private final Pages pages;
    private final Template keys;
    private final Template confirm;

    AdminResource(Services services, Pages pages, Template keys, Template confirm) {
        this.services = services;
        this.pages = pages;
        this.keys = keys;
        this.confirm = confirm;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance keys() {
        return pages.of(keys).data("keys", services.list(Service.ISSUER, "/api/v1/admin/signing-keys", Query.page(0, 100)).items());
    }

    @POST
    @Path("/rotations/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmRotation() {
        return pages.of(confirm).data("confirmation", new Confirmation("Rotate the license-token signing key?", List.of(
                "A fresh key signs every license token from now on.",
                "The current key is retired but stays in the JWKS, so the tokens it signed keep verifying."),
                "/admin/keys/rotations", Map.of(), "Rotate key", "/admin/keys"));
    }

    @POST
    @Path("/rotations")
    @Produces(MediaType.TEXT_HTML)
    public Response rotate(@RestForm String confirm) {
        Forms.confirmed(confirm);
        services.post(Service.ISSUER, "/api/v1/admin/signing-keys/rotations", Map.of(), null);
        return Response.seeOther(URI.create("/admin/keys")).build();
    }
}
