package com.licenseforge.activation.credentials;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.format.Serial;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through a real proxy hop that appends the peer it saw to {@code X-Forwarded-For}, as the ingress controller does
 * (and passes {@code Forwarded} through untouched): whatever a client writes into either header, the throttle
 * counts its own address, so it can neither lock another address nor spread its failures over made-up ones.
 */
@QuarkusTest
class ForwardingProxyTest {

    /** Unproven validations of machines nobody activated that lock an address for every serial. */
    private static final int FAILURES_PER_ADDRESS = 30;

    @Inject
    Vertx vertx;
    @TestHTTPResource("/")
    URL service;

    private HttpServer proxy;
    private HttpClient upstream;
    /** The attacker's own address: a loopback address of its own, which no configuration trusts. */
    private String attacker;
    private HttpClient attackerClient;

    @BeforeEach
    void startProxy() throws Exception {
        upstream = vertx.createHttpClient();
        proxy = vertx.createHttpServer().requestHandler(this::forward).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        attacker = "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255);
        attackerClient = vertx.createHttpClient(new HttpClientOptions().setLocalAddress(attacker));
    }

    @AfterEach
    void stopProxy() throws Exception {
        attackerClient.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        upstream.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        proxy.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aForwardedHeaderNamingAVictimDoesNotLockIt() throws Exception {
        String victim = documentationAddress();
        guessThroughProxy(() -> Map.of("Forwarded", "for=\"" + victim + "\""));
        assertTheAttackerAloneIsLocked(victim);
    }

    @Test
    void aForwardedHeaderNamingAnotherAddressEachTimeDoesNotEscapeTheThrottle() throws Exception {
        guessThroughProxy(() -> Map.of("Forwarded", "for=" + documentationAddress()));
        assertTheAttackerAloneIsLocked(documentationAddress());
    }

    @Test
    void aLeadingForwardedForEntryNamingAVictimDoesNotLockIt() throws Exception {
        String victim = documentationAddress();
        guessThroughProxy(() -> Map.of("X-Forwarded-For", victim));
        assertTheAttackerAloneIsLocked(victim);
    }

    @Test
    void aLeadingForwardedForEntryNamingAnotherAddressEachTimeDoesNotEscapeTheThrottle() throws Exception {
        guessThroughProxy(() -> Map.of("X-Forwarded-For", documentationAddress() + ", " + documentationAddress()));
        assertTheAttackerAloneIsLocked(documentationAddress());
    }

    /** As many unproven validations of machines nobody activated as lock an address, each with its own headers. */
    private void guessThroughProxy(Supplier<Map<String, String>> headers) throws Exception {
        for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
            assertEquals(200, validateThroughProxy(headers.get(), "machine-guess-" + i));
        }
    }

    private void assertTheAttackerAloneIsLocked(String victim) throws Exception {
        assertEquals(429, validateThroughProxy(Map.of("Forwarded", "for=" + documentationAddress(),
                "X-Forwarded-For", documentationAddress()), "machine-guess-last"));
        // the victim, as the ingress reports it, is not locked out of its own license
        TestLicense license = TestLicense.issue(Customer.catalogue());
        given().header("X-Forwarded-For", victim).contentType("application/json")
                .body(license.activation("machine-victim", "1.0.0")).post("/api/v1/activations")
                .then().statusCode(201);
    }

    /** An unproven validation of a machine nobody activated, sent by the attacker through the proxy: its status. */
    private int validateThroughProxy(Map<String, String> headers, String fingerprint) throws Exception {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                .setPort(proxy.actualPort()).setURI("/api/v1/validations")
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        Buffer body = new JsonObject(Map.of("serial", Serial.generate(), "fingerprint", fingerprint)).toBuffer();
        return attackerClient.request(request)
                .compose(sent -> sent.send(body))
                .map(response -> response.statusCode())
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Forwards to the service, appending the peer to {@code X-Forwarded-For} and passing every other header on. */
    private void forward(HttpServerRequest incoming) {
        incoming.body().compose(body -> {
            RequestOptions out = new RequestOptions().setMethod(incoming.method()).setHost(service.getHost())
                    .setPort(service.getPort()).setURI(incoming.uri());
            incoming.headers().forEach(header -> {
                if (!header.getKey().equalsIgnoreCase("X-Forwarded-For")) {
                    out.addHeader(header.getKey(), header.getValue());
                }
            });
            String before = String.join(", ", incoming.headers().getAll("X-Forwarded-For"));
            String peer = incoming.remoteAddress().hostAddress();
            out.putHeader("X-Forwarded-For", before.isEmpty() ? peer : before + ", " + peer);
            return upstream.request(out).compose(request -> request.send(body));
        }).compose(response -> response.body().compose(answer -> {
            incoming.response().setStatusCode(response.statusCode());
            if (response.getHeader("Content-Type") != null) {
                incoming.response().putHeader("Content-Type", response.getHeader("Content-Type"));
            }
            return incoming.response().end(answer);
        })).onFailure(failure -> incoming.response().setStatusCode(502).end());
    }

    private static String documentationAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51.100." + random.nextInt(1, 255);
    }
}
