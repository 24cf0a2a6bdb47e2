package com.licenseforge.activation.leases;

import com.licenseforge.activation.config.FloatingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Frees the slots of floating licenses' machines that stopped renewing their leases: every few seconds (every
 * replica; {@link CullBatch} keeps each lease culled once) it culls batch after batch until a batch finds none it
 * may cull (a batch short of its size may have skipped licenses others held, so the next one still looks). No lock
 * is held between batches, so activations and heartbeats wait at most for one batch of their license.
 */
@ApplicationScoped
public class LeaseCuller {

    private static final Logger LOG = Logger.getLogger(LeaseCuller.class);

    private final CullBatch batches;
    private final FloatingConfig config;
    private final Clock clock;

    public LeaseCuller(CullBatch batches, FloatingConfig config, Clock clock) {
        this.batches = batches;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${licenseforge.activation.floating.cull-every}", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        cullDue();
    }

    /** Culls every lease due now; returns how many this process culled. */
    public int cullDue() {
        Instant now = clock.instant();
        int limit = config.cullBatch();
        int total = 0;
        int culled;
        do {
            culled = batches.cull(now, limit);
            total += culled;
        } while (culled > 0);
        if (total > 0) {
            LOG.infof("culled %d floating leases", total);
        }
        return total;
    }
}
