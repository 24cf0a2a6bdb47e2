package com.licenseforge.billing.dunning;

import com.licenseforge.billing.EventTally;
import com.licenseforge.billing.Licenses;
import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import com.licenseforge.billing.dunning.DunningScan;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several replicas scan at the same moment: each license still moves once per transition. */
@QuarkusTest
class ConcurrentScanTest {

    private static final int LICENSES = 12;
    private static final int SCANNERS = 4;

    @Inject
    TestClock clock;

    @Inject
    DunningScan scan;

    @Test
    void scannersRunningAtOnceProduceEachTransitionExactlyOnce() throws Exception {
        Provider provider = new Provider(clock);
        Map<UUID, String> licenses = new LinkedHashMap<>();
        for (int i = 0; i < LICENSES; i++) {
            String ref = "sub_" + UUID.randomUUID();
            licenses.put(Licenses.announce(UUID.randomUUID(), ref), ref);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                licenses.keySet().forEach(license -> Licenses.standing(license).statusCode(200)));
        Instant due = clock.instant().plus(Duration.ofDays(1));
        licenses.values().forEach(ref -> provider.deliver(
                Provider.event("invoice.created", clock.instant(), Provider.invoice(ref, "in_" + ref, due)))
                .statusCode(202));

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            clock.advance(Duration.ofDays(2));
            scanAtOnce();
            clock.advance(Duration.ofDays(14));
            scanAtOnce();

            licenses.values().forEach(ref -> provider.deliver(
                    Provider.event("invoice.paid", clock.instant(), Provider.invoice(ref, "in_" + ref, due)))
                    .statusCode(202));
            Map<UUID, Map<String, Integer>> tally = EventTally.until(probe, licenses.keySet(), "billing.restored");
            for (UUID license : licenses.keySet()) {
                assertEquals(Map.of("billing.past-due", 1, "billing.suspended", 1, "billing.invoice-paid", 1,
                                "billing.restored", 1),
                        tally.get(license), "events of license " + license);
            }
        }
    }

    /** Runs the scan on several threads released together, as replicas would. */
    private void scanAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SCANNERS);
        try {
            List<Future<Integer>> scanners = new ArrayList<>();
            for (int i = 0; i < SCANNERS; i++) {
                scanners.add(pool.submit(() -> {
                    start.await();
                    return scan.scan();
                }));
            }
            start.countDown();
            for (Future<Integer> scanner : scanners) {
                scanner.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
