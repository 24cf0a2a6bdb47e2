package com.licenseforge.client;

import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.RetryPolicy;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the heartbeat ends a heartbeat under way, so nothing writes the state file after the program ended. */
class HeartbeatTest {

    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon"));

    @TempDir
    Path dir;

    private HttpServer service;

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void closeEndsAHeartbeatWaitingToRetry() throws InterruptedException, IOException {
        TestKeys activation = TestKeys.generate("activation-1");
        // a busy service: the first heartbeat hears 503 and waits seconds before its retry
        CountDownLatch asked = new CountDownLatch(1);
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            asked.countDown();
        });
        service.start();
        Licensing licensing = Licensing.builder()
                .api(ActivationApi.builder(URI.create("http://127.0.0.1:" + service.getAddress().getPort()))
                        .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20)))
                        .build())
                .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
                .trustedKeys(TrustedKeys.builder().activationKeys(activation.jwks()).build())
                .machine(MACHINE)
                .stateFile(dir.resolve("license.json"))
                .build();
        licensing.importLicenseFile(TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, Instant.now().plus(Duration.ofDays(30))).build())));
        CountDownLatch failed = new CountDownLatch(1);

        Heartbeat heartbeat = licensing.startHeartbeat(Duration.ofHours(6), new HeartbeatListener() {
            @Override
            public void onStatus(LicenseStatus now) {
            }

            @Override
            public void onFailure(RuntimeException failure, LicenseStatus lastGood) {
                failed.countDown();
            }
        });
        assertTrue(asked.await(10, TimeUnit.SECONDS), "the first heartbeat ran at once");
        long started = System.nanoTime();
        heartbeat.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0, "close waited out the retry");
        assertTrue(failed.await(0, TimeUnit.SECONDS), "the interrupted heartbeat had ended when close returned");
    }
}
