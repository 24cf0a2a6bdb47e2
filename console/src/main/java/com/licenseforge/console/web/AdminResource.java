package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.Service;
import com.licenseforge.console.api.Services;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admin: the license-token signing keys, which one signs now and which only still verify. */
@Path("/admin/keys")
public class AdminResource {

    private final Services services;
    private final Pages pages;
    private final Template keys;

    AdminResource(Services services, Pages pages, Template keys) {
        this.services = services;
        this.pages = pages;
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance keys() {
        return pages.of(keys).data("keys", services.list(Service.ISSUER, "/api/v1/admin/signing-keys", Query.page(0, 100)).items());
    }
}
