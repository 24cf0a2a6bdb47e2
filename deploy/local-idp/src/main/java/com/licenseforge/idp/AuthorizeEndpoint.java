package com.licenseforge.idp;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The authorization endpoint: GET checks the console's request (client, redirect URI, state, nonce, an S256 PKCE
 * challenge) and shows the sign-in page; POST checks the password and redirects back with a one-time code.
 */
final class AuthorizeEndpoint implements HttpHandler {

    private final Client client;
    private final DemoUsers users;
    private final Authorizations authorizations;
    private final String formAction;

    AuthorizeEndpoint(Client client, DemoUsers users, Authorizations authorizations) {
        this.client = client;
        this.users = users;
        this.authorizations = authorizations;
        // the browser applies form-action to the redirect that follows the sign-in form too
        this.formAction = "'self' " + client.redirectUris().stream()
                .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority()).distinct().collect(Collectors.joining(" "));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                String query = exchange.getRequestURI().getRawQuery();
                Optional<AuthenticationRequest> request = checked(query);
                if (request.isEmpty()) {
                    Http.send(exchange, 400, "text/plain", "invalid authorization request");
                    return;
                }
                page(exchange, 200, query, null);
            }
            case "POST" -> {
                Map<String, java.util.List<String>> form = URLUtils.parseParameters(Http.body(exchange));
                String query = Http.first(form, "request");
                Optional<AuthenticationRequest> request = checked(query);
                if (request.isEmpty()) {
                    Http.send(exchange, 400, "text/plain", "invalid authorization request");
                    return;
                }
                var user = users.authenticate(Http.first(form, "username"), Http.first(form, "password"));
                if (user.isEmpty()) {
                    page(exchange, 401, query, "Unknown user or wrong password.");
                    return;
                }
                AuthenticationRequest auth = request.get();
                var code = authorizations.grant(user.get(), auth.getRedirectionURI(), auth.getNonce(), auth.getCodeChallenge());
                URI back = new AuthenticationSuccessResponse(auth.getRedirectionURI(), code, null, null, auth.getState(),
                        null, ResponseMode.QUERY).toURI();
                Http.redirect(exchange, back.toString());
            }
            default -> Http.send(exchange, 405, "text/plain", "method not allowed");
        }
    }

    private Optional<AuthenticationRequest> checked(String query) {
        if (query == null) {
            return Optional.empty();
        }
        try {
            AuthenticationRequest request = AuthenticationRequest.parse(query);
            boolean valid = client.id().equals(request.getClientID().getValue())
                    && client.redirectUris().contains(request.getRedirectionURI())
                    && request.getResponseType().impliesCodeFlow()
                    && request.getState() != null && request.getNonce() != null
                    && request.getCodeChallenge() != null
                    && CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod());
            return valid ? Optional.of(request) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private void page(HttpExchange exchange, int status, String query, String error) throws IOException {
        StringBuilder options = new StringBuilder();
        for (DemoUsers.User user : users.all()) {
            options.append("<option value=\"").append(Http.html(user.username())).append("\">")
                    .append(Http.html(user.username())).append(" (").append(Http.html(user.role())).append(")</option>");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign in – LicenseForge local identity provider</title></head>
                <body><main>
                <h1>Sign in</h1>
                <p>Local identity provider: demo users only (passwords are printed by deploy/local/up).</p>
                %s
                <form method="post" action="/authorize">
                <input type="hidden" name="request" value="%s">
                <p><label for="username">User</label> <select id="username" name="username">%s</select></p>
                <p><label for="password">Password</label> <input id="password" name="password" type="password" required autocomplete="current-password"></p>
                <p><button type="submit">Sign in</button></p>
                </form></main></body></html>
                """.formatted(error == null ? "" : "<p role=\"alert\">" + Http.html(error) + "</p>", Http.html(query), options);
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; form-action " + formAction + "; frame-ancestors 'none'; base-uri 'none'");
        Http.send(exchange, status, "text/html", html);
    }
}
