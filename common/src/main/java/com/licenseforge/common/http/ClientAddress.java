package com.licenseforge.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/** The caller's address as the trusted proxies report it: what credential throttling counts per client. */
@RequestScoped
public class ClientAddress {

    private final HttpServerRequest request;
    private final TrustedProxies proxies;

    public ClientAddress(HttpServerRequest request, TrustedProxies proxies) {
        this.request = request;
        this.proxies = proxies;
    }

    public String get() {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return proxies.client(peer, request.headers().getAll(proxies.header()));
    }
}
