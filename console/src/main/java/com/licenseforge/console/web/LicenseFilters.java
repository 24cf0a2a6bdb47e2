package com.licenseforge.console.web;

import com.licenseforge.console.api.Query;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.QueryParam;

/**
 * The license list's filters as the page's form sends them (expiry as dates), and as the issuer's list takes
 * them (expiry as instants, the start of the day in UTC).
 */
@TemplateData
public class LicenseFilters {

    @QueryParam("serial")
    public String serial;
    @QueryParam("accountId")
    public String accountId;
    @QueryParam("productCode")
    public String productCode;
    @QueryParam("status")
    public String status;
    @QueryParam("billingRef")
    public String billingRef;
    @QueryParam("expiresFrom")
    public String expiresFrom;
    @QueryParam("expiresTo")
    public String expiresTo;
    @QueryParam("sort")
    public String sort;

    static LicenseFilters of(String status, String expiresFrom, String expiresTo, String sort) {
        LicenseFilters filters = new LicenseFilters();
        filters.status = status;
        filters.expiresFrom = expiresFrom;
        filters.expiresTo = expiresTo;
        filters.sort = sort;
        return filters;
    }

    Query api(Integer page, int size) {
        return Query.page(page, size).with("serial", serial).with("accountId", accountId).with("productCode", productCode)
                .with("status", status).with("billingRef", billingRef)
                .with("expiresFrom", Forms.startOfDay(expiresFrom, "expires from"))
                .with("expiresTo", Forms.startOfDay(expiresTo, "expires before")).with("sort", sort);
    }

    /** This list's address with the filters kept and the sort (or page) given. */
    public String link(String newSort, Integer page) {
        return "/licenses" + Query.page(0, 0).with("serial", serial).with("accountId", accountId)
                .with("productCode", productCode).with("status", status).with("billingRef", billingRef)
                .with("expiresFrom", expiresFrom).with("expiresTo", expiresTo).with("sort", newSort)
                .with("page", page == null || page == 0 ? null : page);
    }

    public String page(int page) {
        return link(sort, page);
    }

    /** The sort a column header switches to: ascending first, descending when it is already ascending. */
    public String sortBy(String column) {
        return link(column.equals(sort) ? "-" + column : column, null);
    }

    public String csv() {
        return link(sort, null).replaceFirst("^/licenses", "/licenses/export.csv");
    }
}
