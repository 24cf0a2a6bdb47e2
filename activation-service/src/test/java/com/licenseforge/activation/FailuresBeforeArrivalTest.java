package com.licenseforge.activation;

import com.licenseforge.activation.credentials.CredentialFailureRepository;
import com.licenseforge.activation.readmodel.ReadModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong key tried while its license is on the way here is forgotten when the license arrives, whichever of
 * the two transactions commits first: the one that comes second waits for the other.
 */
@QuarkusTest
class FailuresBeforeArrivalTest {

    @Inject
    CredentialFailureRepository failures;
    @Inject
    ReadModel readModel;

    @Test
    void aFailureCommittingWhileItsLicenseArrivesIsForgotten() throws Exception {
        TestLicense license = TestLicense.unpublished(Customer.catalogue());
        interleave(() -> failures.recordBeforeArrival(license.serial, "198.51.100.77", Instant.now()),
                () -> readModel.license(license.snapshot(1)));
        assertEquals(0, failuresOf(license.serial));
    }

    @Test
    void aFailureAfterItsLicenseArrivedIsNotRecordedAsOneBefore() throws Exception {
        TestLicense license = TestLicense.unpublished(Customer.catalogue());
        interleave(() -> readModel.license(license.snapshot(1)),
                () -> failures.recordBeforeArrival(license.serial, "198.51.100.78", Instant.now()));
        assertEquals(0, failuresOf(license.serial));
    }

    /** Runs {@code first} in a transaction held open while {@code second} starts in another, then commits both. */
    private static void interleave(Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            first.run();
            firstDone.countDown();
            await(commitFirst);
        }));
        assertTrue(firstDone.await(10, TimeUnit.SECONDS));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(second));
        Thread.sleep(500);
        assertFalse(two.isDone(), "the second waits for the first's commit");
        commitFirst.countDown();
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);
    }

    private long failuresOf(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> failures.count("serial", serial));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
