package com.licenseforge.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** Reads list requests for the resources: {@code lists.read(uri, "q", "accountId")} names the filters it takes. */
@ApplicationScoped
public class ListQueries {

    private final Optional<URI> base;

    public ListQueries(@ConfigProperty(name = "licenseforge.http.public-base-url") Optional<URI> base) {
        this.base = base;
    }

    public ListQuery read(UriInfo uri, String... filters) {
        return new ListQuery(uri, base, Set.of(filters));
    }
}
