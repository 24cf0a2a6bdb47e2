package com.licenseforge.issuer.repository;

import com.licenseforge.issuer.domain.IdempotencyRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Id> {

    private static final String CLAIM = """
            INSERT INTO idempotency_key (actor, key, operation, request_hash, created_at)
            VALUES (:actor, :key, :operation, :hash, :now) ON CONFLICT (actor, key) DO NOTHING""";

    /** Claims the key for a first request; false when it was claimed before (waits for a concurrent claimer). */
    public boolean claim(String actor, String key, String operation, String requestHash) {
        return getEntityManager().createNativeQuery(CLAIM)
                .setParameter("actor", actor)
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", requestHash)
                .setParameter("now", Instant.now())
                .executeUpdate() == 1;
    }
}
