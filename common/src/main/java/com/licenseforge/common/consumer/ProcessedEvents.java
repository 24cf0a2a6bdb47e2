package com.licenseforge.common.consumer;

import com.licenseforge.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The processed-events table: an event id is recorded in the same transaction as the event's effect. */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, now())
            ON CONFLICT (event_id) DO NOTHING""";

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event; false when it was recorded before (a redelivery). A concurrent first delivery
     * waits on the primary key until the other transaction ends, so only one of them sees true.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(EventEnvelope event) {
        return em.createNativeQuery(RECORD)
                .setParameter("id", event.eventId())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }
}
