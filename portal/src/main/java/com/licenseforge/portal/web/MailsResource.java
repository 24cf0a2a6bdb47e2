package com.licenseforge.portal.web;

import com.licenseforge.portal.api.CustomerApi;
import com.licenseforge.portal.signin.Visitor;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The mails sent to the account (or to the one license signed in with), newest first. */
@Path("/mails")
@Produces(MediaType.TEXT_HTML)
public class MailsResource {

    private static final int PAGE_SIZE = 20;

    private final CustomerApi api;
    private final Visitor visitor;
    private final Pages pages;

    MailsResource(CustomerApi api, Visitor visitor, Pages pages) {
        this.api = api;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    public TemplateInstance mails(@QueryParam("page") @DefaultValue("0") int page) {
        return pages.of(Templates.mails(api.mails(visitor.get().token(), Math.max(0, Math.min(page, 10_000)), PAGE_SIZE)));
    }
}
