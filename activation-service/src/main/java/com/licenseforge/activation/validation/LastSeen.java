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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps machines' last-seen times and floating leases off the heartbeat's critical path: a validation notes the
 * time (and a floating license's machine its renewed lease) here, and every second one batch writes all notes in
 * a single round trip (the newest per machine, never moving a time backwards, never touching an activation that
 * ended meanwhile, so a renewal cannot revive a culled machine). Last-seen is kept at minute resolution and a
 * lease is culled only a grace after it ends, so the second of delay changes nothing that matters; a process
 * that dies loses at most that second's notes, and the next heartbeat notes them again.
 */
@ApplicationScoped
public class LastSeen {

    /** A machine seen at {@code at}; a floating one's lease renewed to {@code leaseExpiresAt}, else nulls. */
    private record Note(Instant at, Instant leaseExpiresAt, Instant cullAfter) {

        Note newest(Note other) {
            return other.at.isAfter(at) ? other : this;
        }
    }

    private final Map<UUID, Note> noted = new ConcurrentHashMap<>();
    private static final String UPDATE = """
            update activation set last_seen_at = greatest(last_seen_at, ?),
                   lease_expires_at = greatest(lease_expires_at, ?), cull_after = greatest(cull_after, ?)
             where id = ? and status = 'ACTIVE' and (last_seen_at < ? or lease_expires_at < ?)""";

    private final AgroalDataSource dataSource;

    public LastSeen(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void seen(UUID activationId, Instant at) {
        noted.merge(activationId, new Note(at, null, null), Note::newest);
    }

    void renewed(UUID activationId, Instant at, Instant leaseExpiresAt, Instant cullAfter) {
        noted.merge(activationId, new Note(at, leaseExpiresAt, cullAfter), Note::newest);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void write() throws SQLException {
        if (noted.isEmpty()) {
            return;
        }
        Map<UUID, Note> batch = new HashMap<>();
        for (UUID id : noted.keySet()) {
            Note note = noted.remove(id);
            if (note != null) {
                batch.put(id, note);
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Map.Entry<UUID, Note> seen : batch.entrySet()) {
                Note note = seen.getValue();
                update.setObject(1, utc(note.at()));
                update.setObject(2, utc(note.leaseExpiresAt()));
                update.setObject(3, utc(note.cullAfter()));
                update.setObject(4, seen.getKey());
                update.setObject(5, utc(note.at()));
                update.setObject(6, utc(note.leaseExpiresAt()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    void onStop(@Observes ShutdownEvent stop) throws SQLException {
        write();
    }
}
