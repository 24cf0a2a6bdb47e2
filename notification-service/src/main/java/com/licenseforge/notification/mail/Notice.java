package com.licenseforge.notification.mail;

import java.util.Map;
import java.util.UUID;

/**
 * Something to tell an account about one of its licenses: a mail of {@code kind} to each contact of the kind's
 * topic, at most once per {@code threshold} (the reminder's threshold, or what caused it: a version, an event).
 * {@code data} is what the templates read; {@code sealedDelivery} the issuer's sealed CD key and file, if any.
 */
public record Notice(UUID licenseId, UUID accountId, MailKind kind, String threshold, Map<String, Object> data,
                     String sealedDelivery) {

    public Notice(UUID licenseId, UUID accountId, MailKind kind, String threshold, Map<String, Object> data) {
        this(licenseId, accountId, kind, threshold, data, null);
    }
}
