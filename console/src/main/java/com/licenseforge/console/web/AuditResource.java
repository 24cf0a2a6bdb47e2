package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Both services' audit trails in one view, filtered by serial, actor and time. */
@Path("/audit")
public class AuditResource {

    private static final int PAGE_SIZE = 50;

    private final LicenseHistory history;
    private final Pages pages;

    AuditResource(LicenseHistory history, Pages pages) {
        this.history = history;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("serial") String serial, @QueryParam("actor") String actor,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("page") Integer page) {
        Query filters = Query.page(page, PAGE_SIZE).with("serial", serial == null || serial.isBlank() ? null : Paths.serial(serial))
                .with("actor", actor).with("from", Forms.startOfDay(from, "from")).with("to", Forms.startOfDay(to, "to"));
        var entries = history.search(filters);
        String link = "/audit" + Query.page(0, 0).with("serial", serial).with("actor", actor).with("from", from).with("to", to);
        return pages.of(Templates.audit(entries, blank(serial), blank(actor), blank(from), blank(to), filters.page(),
                entries.size() >= PAGE_SIZE, link + (link.contains("?") ? "&" : "?") + "page="));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
