package com.licenseforge.activation.validation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps machines' last-seen times off the heartbeat's critical path: a validation notes the time here, and every
 * second one batch writes all noted times in a single round trip (the newest time per machine, never moving a
 * time backwards). Last-seen is kept at minute resolution, so the second of delay changes nothing a reader sees
 * that matters; a process that dies loses at most that second's notes, and the next heartbeat notes them again.
 */
@ApplicationScoped
public class LastSeen {

    private final Map<UUID, Instant> noted = new ConcurrentHashMap<>();
    private final AgroalDataSource dataSource;

    public LastSeen(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void seen(UUID activationId, Instant at) {
        noted.merge(activationId, at, (before, now) -> now.isAfter(before) ? now : before);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void write() throws SQLException {
        if (noted.isEmpty()) {
            return;
        }
        Map<UUID, Instant> batch = new HashMap<>();
        for (UUID id : noted.keySet()) {
            Instant at = noted.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update activation set last_seen_at = ? where id = ? and last_seen_at < ?")) {
            for (Map.Entry<UUID, Instant> seen : batch.entrySet()) {
                update.setObject(1, seen.getValue().atOffset(ZoneOffset.UTC));
                update.setObject(2, seen.getKey());
                update.setObject(3, seen.getValue().atOffset(ZoneOffset.UTC));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    void onStop(@Observes ShutdownEvent stop) throws SQLException {
        write();
    }
}
