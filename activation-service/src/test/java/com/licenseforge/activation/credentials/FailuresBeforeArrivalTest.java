package com.licenseforge.activation.credentials;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.activation.readmodel.ReadModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

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
    @Inject
    DataSource dataSource;

    @Test
    void aFailureCommittingWhileItsLicenseArrivesIsForgotten() throws Exception {
        TestLicense license = TestLicense.unpublished(Customer.catalogue());
        interleave(() -> failures.recordBeforeArrival(license.serial, "198.51.100.77", Instant.now()),
                () -> readModel.license(license.snapshot(1), null));
        assertEquals(0, failuresOf(license.serial));
    }

    @Test
    void aFailureAfterItsLicenseArrivedIsNotRecordedAsOneBefore() throws Exception {
        TestLicense license = TestLicense.unpublished(Customer.catalogue());
        interleave(() -> readModel.license(license.snapshot(1), null),
                () -> failures.recordBeforeArrival(license.serial, "198.51.100.78", Instant.now()));
        assertEquals(0, failuresOf(license.serial));
    }

    /**
     * Runs {@code first} in a transaction held open while {@code second} starts in another and is seen waiting
     * for a lock the first holds, then commits both.
     */
    private void interleave(Runnable first, Runnable second) throws Exception {
        CompletableFuture<Integer> firstDone = new CompletableFuture<>();
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            first.run();
            firstDone.complete(backendPid());
            await(commitFirst);
        }));
        int firstPid = firstDone.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(second));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> blockedBy(firstPid) > 0);
        assertFalse(two.isDone(), "the second waits for the first's commit");
        commitFirst.countDown();
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);
    }

    /** The database session of the current transaction (its connection is the one enlisted in it). */
    private int backendPid() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many sessions wait for a lock the session {@code pid} holds. */
    private int blockedBy(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")) {
            statement.setInt(1, pid);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
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
