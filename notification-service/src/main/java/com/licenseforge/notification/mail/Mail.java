package com.licenseforge.notification.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One mail to one recipient about one license, for one kind and threshold; written once, sent once. */
@Entity
@Table(name = "mail")
public class Mail {

    @Id
    public UUID id;

    @Column(name = "license_id")
    public UUID licenseId;

    /** Set for a mail about an account rather than a license (a sign-in link). */
    @Column(name = "account_id")
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    public String threshold;

    public String recipient;

    public String language;

    public String subject;

    /** What the templates read (no secret: the CD key is only in {@link #sealedDelivery}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    @Column(name = "sealed_delivery")
    public String sealedDelivery;

    @Enumerated(EnumType.STRING)
    public MailStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
        forgetSecrets();
    }

    /** Once a mail is out (or given up), its CD key and file, and a sign-in link, are no longer kept. */
    private void forgetSecrets() {
        sealedDelivery = null;
        if (kind == MailKind.PORTAL_SIGNIN && data != null && data.containsKey("link")) {
            Map<String, Object> kept = new HashMap<>(data);
            kept.remove("link");
            data = kept;
        }
    }

    /** A failed attempt: tried again after {@code wait}, or FAILED (the sealed delivery erased) when none is left. */
    void attemptFailed(Instant now, String error, Duration wait, boolean lastAttempt) {
        attempts++;
        lastError = error;
        if (lastAttempt) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
            forgetSecrets();
        } else {
            nextAttemptAt = now.plus(wait);
        }
    }
}
