package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
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

    private final IssuerApi issuer;
    private final Pages pages;

    AdminResource(IssuerApi issuer, Pages pages) {
        this.issuer = issuer;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance keys() {
        return pages.of(Templates.keys(issuer.signingKeys()));
    }

    @POST
    @Path("/rotations/confirm")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmRotation() {
        return pages.of(Templates.confirm(new Confirmation("Rotate the license-token signing key?", List.of(
                "A fresh key signs every license token from now on.",
                "The current key is retired but stays in the JWKS, so the tokens it signed keep verifying."),
                "/admin/keys/rotations", Map.of(), "Rotate key", "/admin/keys")));
    }

    @POST
    @Path("/rotations")
    @Produces(MediaType.TEXT_HTML)
    public Response rotate(@RestForm String confirm) {
        Forms.confirmed(confirm);
        issuer.rotateSigningKey();
        return Response.seeOther(URI.create("/admin/keys")).build();
    }
}
