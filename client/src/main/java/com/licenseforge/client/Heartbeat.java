package com.licenseforge.client;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Validation on a schedule: the first at once, then every {@code interval} (± a random {@code jitter}), on one
 * daemon thread. Each valid answer renews the lease. Close it when the program ends: once {@link #close()} returns, no heartbeat
 * touches the state file any more.
 */
public final class Heartbeat implements AutoCloseable {

    /** How long {@link #close()} waits for an interrupted heartbeat to end. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler;

    private Heartbeat(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static Heartbeat start(Licensing licensing, Duration interval, Duration jitter, HeartbeatListener listener) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive");
        }
        if (jitter.isNegative() || jitter.compareTo(interval) >= 0) {
            throw new IllegalArgumentException("the jitter must be at least zero and less than the interval");
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "licenseforge-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        Heartbeat heartbeat = new Heartbeat(scheduler);
        heartbeat.next(licensing, listener, interval, jitter, 0);
        return heartbeat;
    }

    /** Schedules the next beat after {@code delayMillis}; each beat schedules its successor with a new jitter. */
    private void next(Licensing licensing, HeartbeatListener listener, Duration interval, Duration jitter,
                      long delayMillis) {
        try {
            scheduler.schedule(() -> {
                beat(licensing, listener);
                long spread = jitter.toMillis();
                long wait = interval.toMillis() + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1));
                next(licensing, listener, interval, jitter, wait);
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed meanwhile: no further beat
        }
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

    /**
     * Stops the schedule and interrupts a heartbeat under way (a call, or a wait between retries, ends at once; a
     * state file being written is finished), then waits up to {@link #STOP_WAIT} for it to end.
     */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
