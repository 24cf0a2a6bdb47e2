package com.licenseforge.portal.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The browser's address as the portal passes it to the services, which throttle sign-in per address: the portal
 * forwards as a proxy does, the {@code X-Forwarded-For} it received with the address of its own peer appended. A
 * service believes the entries written by the proxies it trusts (the portal's and the ingress controllers'), so
 * whatever a browser sends itself stays on the left, a claim nobody reads.
 */
@ApplicationScoped
public class ForwardedFor {

    public static final String HEADER = "X-Forwarded-For";

    /** The services read no more than the right-most 30 hops. */
    private static final int MAX_HOPS = 30;
    private static final Pattern HOP = Pattern.compile("[0-9A-Za-z:.\\[\\]\"_-]{1,64}");

    private final CurrentVertxRequest current;

    public ForwardedFor(CurrentVertxRequest current) {
        this.current = current;
    }

    /** The header's value for a call made for the browser's request; none for a call made for no browser. */
    public Optional<String> value() {
        if (current.getCurrent() == null) {
            return Optional.empty();
        }
        HttpServerRequest request = current.getCurrent().request();
        List<String> hops = new ArrayList<>();
        for (String header : request.headers().getAll(HEADER)) {
            for (String hop : header.split(",")) {
                // a hop that is no address ends the services' walk as "unknown" does, and travels safely
                hops.add(HOP.matcher(hop.strip()).matches() ? hop.strip() : "unknown");
            }
        }
        hops.add(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        return Optional.of(String.join(", ", hops.subList(Math.max(0, hops.size() - MAX_HOPS), hops.size())));
    }
}
