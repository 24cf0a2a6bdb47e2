package com.licenseforge.idp;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A local-only OpenID provider: discovery, a sign-in page for the demo users, the token endpoint (code flow
 * with PKCE), the end-session endpoint and the JWKS. Its tokens are signed with the local staff key, so the services accept its access
 * tokens as staff tokens. Settings come from the environment:
 * IDP_PORT, IDP_ISSUER, IDP_ACCESS_TOKEN_ISSUER (the issuer the services expect in staff tokens; default
 * IDP_ISSUER), IDP_SIGNING_KEY (Ed25519 PKCS#8 PEM), IDP_USERS (lines "user role password"), IDP_CLIENT_ID,
 * IDP_REDIRECT_URIS (comma-separated), STAFF_JWT_AUDIENCE.
 */
public final class LocalIdp {

    private LocalIdp() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("IDP_PORT", "8088"));
        URI issuer = URI.create(env("IDP_ISSUER", "http://127.0.0.1:" + port));
        Set<URI> redirectUris = Arrays.stream(env("IDP_REDIRECT_URIS", "http://127.0.0.1:8080/signin/callback").split(","))
                .map(String::strip).map(URI::create).collect(Collectors.toSet());
        Client client = new Client(env("IDP_CLIENT_ID", "licenseforge-console"), redirectUris);
        TokenMinter minter = new TokenMinter(issuer, env("IDP_ACCESS_TOKEN_ISSUER", issuer.toString()), SigningKey.load(Path.of(required("IDP_SIGNING_KEY"))),
                env("STAFF_JWT_AUDIENCE", "licenseforge"), client.id());
        DemoUsers users = DemoUsers.load(Path.of(required("IDP_USERS")));
        Authorizations authorizations = new Authorizations();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", new Discovery(issuer));
        server.createContext("/jwks", new Jwks(minter));
        server.createContext("/authorize", new AuthorizeEndpoint(client, users, authorizations));
        server.createContext("/token", new TokenEndpoint(client, authorizations, minter));
        server.createContext("/logout", new EndSessionEndpoint(client, minter));
        server.createContext("/health", exchange -> Http.send(exchange, 200, "text/plain", "ok"));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("local-idp: listening on " + issuer + " for client " + client.id());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set");
        }
        return value;
    }
}
