package com.licenseforge.notification.webhooks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts a delivery to the pinned address of a checked {@link WebhookTarget}: TLS is verified against the URL's host
 * (SNI too), redirects are not followed (a 3xx is a failed attempt), connecting may take 5 s and the response 10 s
 * between reads, and at most 64 KB of the response body are read.
 */
@ApplicationScoped
public class WebhookClient {

    static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final long CONNECT_TIMEOUT_MS = 5_000;
    private static final long READ_TIMEOUT_MS = 10_000;

    private final HttpClient client;

    public WebhookClient(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) CONNECT_TIMEOUT_MS)
                .setForceSni(true)
                .setVerifyHost(true)
                .setKeepAlive(false)
                .setMaxPoolSize(64));
    }

    /** What the receiver answered: its status, or why there was none. */
    public record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    public Outcome post(WebhookTarget target, String body, String signature) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setIdleTimeout(READ_TIMEOUT_MS)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "LicenseForge-Webhooks/1")
                .putHeader(WebhookSignature.HEADER, signature);
        Future<Integer> answered = client.request(request)
                .compose(outgoing -> outgoing.send(Buffer.buffer(body)))
                .compose(WebhookClient::drain);
        try {
            return new Outcome(answered.toCompletionStage().toCompletableFuture()
                    .get(CONNECT_TIMEOUT_MS + 2 * READ_TIMEOUT_MS, TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (TimeoutException e) {
            return new Outcome(null, "no answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    /** The status once the body ended or its first 64 KB were read (the rest is not read: the connection is reset). */
    private static Future<Integer> drain(HttpClientResponse response) {
        Promise<Integer> status = Promise.promise();
        AtomicInteger read = new AtomicInteger();
        response.handler(chunk -> {
            if (read.addAndGet(chunk.length()) > MAX_RESPONSE_BYTES && status.tryComplete(response.statusCode())) {
                response.request().reset();
            }
        });
        response.endHandler(end -> status.tryComplete(response.statusCode()));
        response.exceptionHandler(failure -> status.tryFail(failure));
        return status.future();
    }
}
