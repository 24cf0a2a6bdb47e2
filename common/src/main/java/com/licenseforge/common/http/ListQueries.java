package com.licenseforge.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.util.Set;

/** Reads list requests for the resources: {@code lists.read(uri, "q", "accountId")} names the filters it takes. */
@ApplicationScoped
public class ListQueries {

    private final PublicLocation location;

    public ListQueries(PublicLocation location) {
        this.location = location;
    }

    public ListQuery read(UriInfo uri, String... filters) {
        return new ListQuery(uri, location, Set.of(filters));
    }
}
