package com.licenseforge.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The token endpoint: redeems a code for the client that asked for it, proven by the PKCE verifier. */
final class TokenEndpoint implements HttpHandler {

    private final Client client;
    private final Authorizations authorizations;
    private final TokenMinter minter;

    TokenEndpoint(Client client, Authorizations authorizations, TokenMinter minter) {
        this.client = client;
        this.authorizations = authorizations;
        this.minter = minter;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            Http.send(exchange, 405, "text/plain", "method not allowed");
            return;
        }
        Map<String, List<String>> form = URLUtils.parseParameters(Http.body(exchange));
        if (!"authorization_code".equals(Http.first(form, "grant_type"))) {
            error(exchange, OAuth2Error.UNSUPPORTED_GRANT_TYPE);
            return;
        }
        if (!client.id().equals(Http.first(form, "client_id"))) {
            error(exchange, OAuth2Error.INVALID_CLIENT);
            return;
        }
        var grant = authorizations.redeem(Http.first(form, "code"));
        String verifier = Http.first(form, "code_verifier");
        String redirectUri = Http.first(form, "redirect_uri");
        if (grant.isEmpty() || verifier == null || redirectUri == null
                || !grant.get().redirectUri().equals(URI.create(redirectUri))
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).equals(grant.get().challenge())) {
            error(exchange, OAuth2Error.INVALID_GRANT);
            return;
        }
        try {
            Instant now = Instant.now();
            var user = grant.get().user();
            var access = new BearerAccessToken(minter.accessToken(user, now).serialize(),
                    TokenMinter.ACCESS_LIFETIME.toSeconds(), null);
            var tokens = new OIDCTokens(minter.idToken(user, grant.get().nonce(), now), access, null);
            Http.send(exchange, 200, "application/json", new OIDCTokenResponse(tokens).toJSONObject().toJSONString());
        } catch (JOSEException e) {
            throw new IOException("could not sign the tokens", e);
        }
    }

    private static void error(HttpExchange exchange, ErrorObject error) throws IOException {
        Http.send(exchange, error.getHTTPStatusCode(), "application/json",
                new TokenErrorResponse(error).toJSONObject().toJSONString());
    }
}
