package com.licenseforge.common.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock rule alone, over failures kept in a list: whom wrong credentials lock, and for how long. */
class CredentialLocksTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final String SERIAL = "7KQ2-M9XD-4HRT-W3P0";
    private static final String GUESSER = "203.0.113.5";
    private static final String HOLDER = "198.51.100.7";

    private final CredentialLocks locks = new CredentialLocks(new Policy());
    private final Failures failures = new Failures();

    @Test
    void fiveFailuresLockTheAddressForTheSerialForTheWindowAndNoOneElse() {
        failures.add(SERIAL, GUESSER, T0, 4);
        assertTrue(locks.lockout(failures, SERIAL, GUESSER, T0).isEmpty(), "four tries are allowed");
        failures.add(SERIAL, GUESSER, T0, 1);
        Lockout lockout = locks.lockout(failures, SERIAL, GUESSER, T0).orElseThrow();
        assertEquals(T0.plus(Duration.ofMinutes(15)), lockout.until());
        assertTrue(lockout.serialScoped());
        assertTrue(locks.lockout(failures, SERIAL, HOLDER, T0).isEmpty(), "the holder elsewhere is never locked");
        assertTrue(locks.lockout(failures, "OTHER-SERIAL", GUESSER, T0).isEmpty(), "other serials stay open");
        assertTrue(locks.lockout(failures, SERIAL, GUESSER, T0.plus(Duration.ofMinutes(15))).isEmpty());
    }

    @Test
    void everyFailureBeyondTheTriesDoublesTheLockUpToTheMemory() {
        failures.add(SERIAL, GUESSER, T0, 7);
        assertEquals(T0.plus(Duration.ofMinutes(60)), locks.lockout(failures, SERIAL, GUESSER, T0).orElseThrow().until());
        failures.add(SERIAL, GUESSER, T0, 20);
        assertEquals(T0.plus(Duration.ofHours(24)), locks.lockout(failures, SERIAL, GUESSER, T0).orElseThrow().until());
    }

    @Test
    void thirtyFailuresWithinTheWindowLockTheAddressForEverySerial() {
        for (int i = 0; i < 30; i++) {
            failures.add("SERIAL-" + i, GUESSER, T0.plusSeconds(i), 1);
        }
        Instant now = T0.plusSeconds(30);
        Lockout lockout = locks.lockout(failures, "UNTOUCHED", GUESSER, now).orElseThrow();
        assertFalse(lockout.serialScoped());
        assertEquals(T0.plus(Duration.ofMinutes(15)), lockout.until(), "until the oldest of the thirty leaves the window");
        assertTrue(locks.lockout(failures, "UNTOUCHED", HOLDER, now).isEmpty());
    }

    @Test
    void aSerialUnderPressureGivesEachAddressOneTryButStillNeverLocksTheHolder() {
        for (int i = 0; i < 20; i++) {
            failures.add(SERIAL, "192.0.2." + i, T0, 1);
        }
        assertTrue(locks.lockout(failures, SERIAL, "192.0.2.1", T0).isPresent(), "one failure locks under pressure");
        assertTrue(locks.lockout(failures, SERIAL, HOLDER, T0).isEmpty());
    }

    @Test
    void theProblemSaysWhenToTryAgain() {
        var problem = new Lockout(T0.plusSeconds(90), true).problem("CREDENTIALS_LOCKED", "too many", T0);
        assertEquals(429, problem.status());
        assertEquals("too many; try again in 91 seconds", problem.getMessage());
    }

    private record Failure(String serial, String address, Instant at) {
    }

    private static final class Failures implements FailureRecords {

        private final List<Failure> all = new ArrayList<>();

        void add(String serial, String address, Instant at, int times) {
            for (int i = 0; i < times; i++) {
                all.add(new Failure(serial, address, at));
            }
        }

        @Override
        public List<Instant> latestFrom(String clientAddress, Instant since, int limit) {
            return latest(all.stream().filter(f -> f.address().equals(clientAddress)).toList(), since, limit);
        }

        @Override
        public List<Instant> latestOnFrom(String serial, String clientAddress, Instant since, int limit) {
            return latest(all.stream().filter(f -> f.serial().equals(serial) && f.address().equals(clientAddress)).toList(),
                    since, limit);
        }

        @Override
        public int countOn(String serial, Instant since, int limit) {
            return latest(all.stream().filter(f -> f.serial().equals(serial)).toList(), since, limit).size();
        }

        private static List<Instant> latest(List<Failure> failures, Instant since, int limit) {
            return failures.stream().map(Failure::at).filter(at -> at.isAfter(since))
                    .sorted(Comparator.reverseOrder()).limit(limit).toList();
        }
    }

    /** The defaults of {@link LockPolicy}. */
    private static final class Policy implements LockPolicy {

        @Override
        public Duration window() {
            return Duration.ofMinutes(15);
        }

        @Override
        public int failuresPerSerial() {
            return 5;
        }

        @Override
        public int failuresPerAddress() {
            return 30;
        }

        @Override
        public int serialPressure() {
            return 20;
        }

        @Override
        public Duration memory() {
            return Duration.ofHours(24);
        }
    }
}
