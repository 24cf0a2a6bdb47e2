package com.licenseforge.common.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Forgets processed-event rows once no redelivery can bring their event back: the retention exceeds the topics'
 * (30 days in production, 7 locally), so an event older than it is gone from Kafka. Deletes in bounded batches,
 * each its own transaction, so pruning never holds many row locks or one long transaction.
 */
@ApplicationScoped
public class ProcessedEventRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventRetention.class);
    private static final int BATCH = 5_000;
    private static final String PRUNE = """
            DELETE FROM processed_event WHERE event_id IN (
                SELECT event_id FROM processed_event WHERE processed_at < :before LIMIT :batch)""";

    @ConfigMapping(prefix = "licenseforge.consumer")
    public interface Config {
        /** How long an applied event's id is remembered; must exceed the retention of every consumed topic. */
        @WithDefault("P45D")
        Duration processedEventRetention();
    }

    private final EntityManager em;
    private final Config config;

    public ProcessedEventRetention(EntityManager em, Config config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        Instant before = Instant.now().minus(config.processedEventRetention());
        int deleted;
        int total = 0;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(PRUNE)
                    .setParameter("before", before)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("forgot %d processed events older than %s", total, before);
        }
    }
}
