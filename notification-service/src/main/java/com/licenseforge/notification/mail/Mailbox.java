package com.licenseforge.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.notification.contacts.Contacts;
import com.licenseforge.notification.contacts.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Queues the mails of a notice in the caller's transaction (the event's or the scan's): one row per recipient,
 * and none where the unique (license, kind, threshold, recipient) already holds one, so a redelivered event, a
 * second replica's scan or a restart never queue a mail twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class);
    private static final String QUEUE = """
            INSERT INTO mail (id, license_id, kind, threshold, recipient, language, subject, data, sealed_delivery,
                              status, attempts, next_attempt_at, created_at)
            VALUES (:id, :license, :kind, :threshold, :recipient, :language, :subject, CAST(:data AS jsonb),
                    CAST(:sealed AS text), 'PENDING', 0, :now, :now)
            ON CONFLICT ON CONSTRAINT mail_once DO NOTHING""";

    private final Contacts contacts;
    private final MailTemplates templates;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public Mailbox(Contacts contacts, MailTemplates templates, EntityManager em, ObjectMapper json, Clock clock) {
        this.contacts = contacts;
        this.templates = templates;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** The number of mails queued now (0 when the account has no contact for the topic, or all were queued before). */
    public int post(Notice notice) {
        Instant now = clock.instant();
        int queued = 0;
        for (Recipient recipient : contacts.recipients(notice.accountId(), notice.kind().topic())) {
            Map<String, Object> data = new LinkedHashMap<>(notice.data());
            data.put("name", recipient.name() == null ? "" : recipient.name());
            queued += em.createNativeQuery(QUEUE)
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("license", notice.licenseId())
                    .setParameter("kind", notice.kind().name())
                    .setParameter("threshold", notice.threshold())
                    .setParameter("recipient", recipient.email())
                    .setParameter("language", recipient.language())
                    .setParameter("subject", templates.render(notice.kind(), recipient.language(), data).subject())
                    .setParameter("data", write(data))
                    .setParameter("sealed", notice.sealedDelivery())
                    .setParameter("now", now)
                    .executeUpdate();
        }
        if (queued > 0) {
            LOG.infof("license %s: %d %s mail(s) queued (%s)", notice.licenseId(), queued, notice.kind(), notice.threshold());
        }
        return queued;
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail data cannot be written", e);
        }
    }
}
