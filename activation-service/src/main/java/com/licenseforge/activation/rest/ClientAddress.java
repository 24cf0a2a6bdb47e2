package com.licenseforge.activation.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/** The caller's address (the forwarded one behind a trusted proxy): what credential throttling counts per client. */
@RequestScoped
public class ClientAddress {

    private final HttpServerRequest request;

    public ClientAddress(HttpServerRequest request) {
        this.request = request;
    }

    public String get() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
