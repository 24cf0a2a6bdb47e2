package com.licenseforge.common.http;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/**
 * A {@code Location} names this service as configured ({@code licenseforge.http.public-base-url}), never as
 * the request's {@code Host} header claims: that header is the caller's to choose, and a Location built from
 * it points clients, caches and logs wherever the caller likes. Without a configured base the Location is the
 * path alone, which HTTP resolves against the URL the client used.
 * {@link ListQuery} names its neighbouring pages the same way.
 */
@Singleton
public class PublicLocation {

    private final Optional<String> base;

    public PublicLocation(@ConfigProperty(name = "licenseforge.http.public-base-url") Optional<URI> base) {
        this.base = base.map(b -> b.toString().replaceAll("/+$", ""));
    }

    /** Where {@code pathAndQuery} of this service is: under the configured public base, else the path alone. */
    public String of(String pathAndQuery) {
        return base.map(b -> b + pathAndQuery).orElse(pathAndQuery);
    }

    @ServerResponseFilter
    public void rewrite(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI given = URI.create(location.toString());
        String path = given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, of(path));
    }
}
