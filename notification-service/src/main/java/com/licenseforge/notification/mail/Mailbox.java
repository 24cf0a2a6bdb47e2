package com.licenseforge.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.notification.contacts.Contacts;
import com.licenseforge.notification.contacts.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Queues the mails of a notice in the caller's transaction (the event's or the scan's): one row per recipient,
 * and none where the unique (license, kind, threshold, recipient) already holds one, so a redelivered event, a
 * second replica's scan or a restart never queue a mail twice. The scan's notices are queued together: their
 * accounts' contacts read in one query and their rows inserted in one JDBC batch, so thousands of licenses
 * reaching a threshold at once cost a few round trips per batch instead of two per license.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class);
    private static final String QUEUE = """
            INSERT INTO mail (id, license_id, kind, threshold, recipient, language, subject, data, sealed_delivery,
                              status, attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS text), 'PENDING', 0, ?, ?)
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
        return post(List.of(notice));
    }

    /** {@link #post(Notice)} for each of {@code notices}, in one batch; the number of mails queued now. */
    public int post(List<Notice> notices) {
        contacts.load(notices.stream().map(Notice::accountId).collect(Collectors.toSet()));
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<Notice> ofRow = new ArrayList<>();
        int queued = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(QUEUE)) {
                for (Notice notice : notices) {
                    for (Recipient recipient : contacts.recipients(notice.accountId(), notice.kind().topic())) {
                        Map<String, Object> data = new LinkedHashMap<>(notice.data());
                        data.put("name", recipient.name() == null ? "" : recipient.name());
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, notice.licenseId());
                        insert.setString(3, notice.kind().name());
                        insert.setString(4, notice.threshold());
                        insert.setString(5, recipient.email());
                        insert.setString(6, recipient.language());
                        insert.setString(7, templates.render(notice.kind(), recipient.language(), data).subject());
                        insert.setString(8, write(data));
                        insert.setString(9, notice.sealedDelivery());
                        insert.setObject(10, now);
                        insert.setObject(11, now);
                        insert.addBatch();
                        ofRow.add(notice);
                    }
                }
                return ofRow.isEmpty() ? 0 : log(ofRow, insert.executeBatch());
            }
        });
        return queued;
    }

    /** Logs what each notice queued (a row answered 0 was queued before); the number queued. */
    private static int log(List<Notice> ofRow, int[] inserted) {
        Map<Notice, Integer> queued = new LinkedHashMap<>();
        for (int row = 0; row < inserted.length; row++) {
            queued.merge(ofRow.get(row), Math.max(inserted[row], 0), Integer::sum);
        }
        queued.forEach((notice, count) -> {
            if (count > 0) {
                LOG.infof("license %s: %d %s mail(s) queued (%s)", notice.licenseId(), count, notice.kind(), notice.threshold());
            }
        });
        return queued.values().stream().mapToInt(Integer::intValue).sum();
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail data cannot be written", e);
        }
    }
}
