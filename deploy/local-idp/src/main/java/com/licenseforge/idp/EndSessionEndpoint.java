package com.licenseforge.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;

/**
 * RP-initiated logout: this provider keeps no session of its own, so ending one means checking the request (an
 * ID token it signed as the hint, a return address on the console's origin) and sending the browser back.
 */
final class EndSessionEndpoint implements HttpHandler {

    private final Client client;
    private final Ed25519Verifier verifier;

    EndSessionEndpoint(Client client, TokenMinter minter) throws JOSEException {
        this.client = client;
        this.verifier = new Ed25519Verifier(minter.publicKeys().getKeys().get(0).toOctetKeyPair());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        var params = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String hint = Http.first(params, "id_token_hint");
        String back = Http.first(params, "post_logout_redirect_uri");
        if (hint == null || !ours(hint)) {
            Http.send(exchange, 400, "text/plain", "id_token_hint is missing or not an ID token of this provider");
            return;
        }
        if (back == null) {
            Http.send(exchange, 200, "text/plain", "signed out");
            return;
        }
        URI uri = URI.create(back);
        if (client.redirectUris().stream().noneMatch(registered -> sameOrigin(registered, uri))) {
            Http.send(exchange, 400, "text/plain", "post_logout_redirect_uri is not on the console's origin");
            return;
        }
        Http.redirect(exchange, back);
    }

    private boolean ours(String idToken) {
        try {
            return SignedJWT.parse(idToken).verify(verifier);
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equals(b.getScheme()) && a.getRawAuthority().equals(b.getRawAuthority());
    }
}
