package com.licenseforge.client;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Validation on a schedule: the first at once, then every {@code interval}, on one daemon thread. Each
 * valid answer renews the lease. Close it when the program ends.
 */
public final class Heartbeat implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    private Heartbeat(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static Heartbeat start(Licensing licensing, Duration interval, HeartbeatListener listener) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive");
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "licenseforge-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> beat(licensing, listener), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return new Heartbeat(scheduler);
    }

    private static void beat(Licensing licensing, HeartbeatListener listener) {
        try {
            listener.onStatus(licensing.heartbeat());
        } catch (RuntimeException e) {
            try {
                listener.onFailure(e, licensing.status());
            } catch (RuntimeException ignored) {
                // a failing listener must not end the schedule
            }
        }
    }

    /** Stops the schedule; a heartbeat under way finishes. */
    @Override
    public void close() {
        scheduler.shutdown();
    }
}
