package com.licenseforge.issuer.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Id> {

    private static final String CLAIM = """
            INSERT INTO idempotency_key (actor, key, operation, request_hash, created_at)
            VALUES (:actor, :key, :operation, :hash, :now) ON CONFLICT (actor, key) DO NOTHING""";

    private static final String TAKE_OVER = """
            UPDATE idempotency_key SET created_at = :now
            WHERE actor = :actor AND key = :key AND request_hash = :hash AND status IS NULL AND created_at < :before""";

    /** Claims the key for a first request; false when it was claimed before (waits for a concurrent claimer). */
    public boolean claim(String actor, String key, String operation, String requestHash, Instant now) {
        return getEntityManager().createNativeQuery(CLAIM)
                .setParameter("actor", actor)
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Takes over a claim whose request never completed and is older than {@code before}: its effect would have
     * committed together with the outcome, so nothing of it exists and the request may run again.
     */
    public boolean takeOver(String actor, String key, String requestHash, Instant before, Instant now) {
        return getEntityManager().createNativeQuery(TAKE_OVER)
                .setParameter("actor", actor)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("before", before)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }
}
