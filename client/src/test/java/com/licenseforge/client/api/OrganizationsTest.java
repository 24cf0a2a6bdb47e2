package com.licenseforge.client.api;

import com.licenseforge.client.CdKey;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The organization picker's call against answers shaped as the service's, on the loopback interface. */
class OrganizationsTest {

    private static final CdKey KEY = CdKey.of("4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA");
    private static final UUID AG = UUID.fromString("5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21");
    private static final UUID GMBH = UUID.fromString("0b7c8d0e-3f55-4d3e-9a8e-1c2b4a6f7d90");

    private final List<String> received = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theOrganizationsArriveTypedInTheServicesOrder() throws IOException {
        ActivationApi api = serving(200, "application/json", """
                [{"id":"%s","name":"Contoso AG","bound":true},
                 {"id":"%s","name":"Contoso GmbH","taxId":"DE123456789","bound":false}]""".formatted(AG, GMBH));

        List<Organization> organizations = api.organizations("NFR2-R7ND-WW2G-SFD5", KEY);

        assertEquals(List.of(new Organization(AG, "Contoso AG", null, true),
                new Organization(GMBH, "Contoso GmbH", "DE123456789", false)), organizations);
        assertEquals(List.of("POST /api/v1/activations/organizations {\"serial\":\"NFR2-R7ND-WW2G-SFD5\",\"cdKey\":\""
                + KEY.reveal() + "\"}"), received);
    }

    @Test
    void aWrongKeyIsRefusedAsOnActivation() throws IOException {
        ActivationApi api = serving(401, "application/problem+json", """
                {"status":401,"code":"INVALID_CREDENTIALS","detail":"serial and CD key do not match a license"}""");

        RefusedException refused = assertThrows(RefusedException.class,
                () -> api.organizations("NFR2-R7ND-WW2G-SFD5", KEY));

        assertInstanceOf(Refusal.InvalidCredentials.class, refused.refusal());
    }

    private ActivationApi serving(int status, String contentType, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return ActivationApi.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .retryPolicy(RetryPolicy.none()).build();
    }
}
