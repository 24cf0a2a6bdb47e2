package com.licenseforge.console.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenID provider that publishes its discovery document (with an end-session endpoint) and refuses every
 * code: enough for the console to start sign-ins and to check the callback up to the code exchange. It refreshes
 * the refresh token {@code rt-N} into the access token {@code at-N+1} and the refresh token {@code rt-N+1}
 * (rotation), and refuses any other.
 */
public class StubIdentityProvider implements QuarkusTestResourceLifecycleManager {

    private static final Pattern REFRESH = Pattern.compile("(^|&)refresh_token=rt-(\\d+)(&|$)");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["EdDSA"]}""".formatted(issuer)));
        server.createContext("/token", exchange -> {
            Matcher refresh = REFRESH.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (refresh.find()) {
                int next = Integer.parseInt(refresh.group(2)) + 1;
                answer(exchange, 200, """
                        {"access_token":"at-%1$d","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-%1$d"}"""
                        .formatted(next));
            } else {
                answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            }
        });
        server.start();
        return Map.of("console.oidc.issuer", issuer);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
