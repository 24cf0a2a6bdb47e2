package com.licenseforge.idp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** The public half of the signing key, for the console to verify ID tokens with. */
final class Jwks implements HttpHandler {

    private final String document;

    Jwks(TokenMinter minter) {
        document = minter.publicKeys().toString();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Http.send(exchange, 200, "application/json", document);
    }
}
