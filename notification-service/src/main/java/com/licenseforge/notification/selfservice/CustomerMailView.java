package com.licenseforge.notification.selfservice;

import com.licenseforge.notification.mail.Mail;
import com.licenseforge.notification.mail.MailKind;
import com.licenseforge.notification.mail.MailStatus;

import java.time.Instant;
import java.util.UUID;

/** A mail as its customer sees it in the portal: never its body. */
public record CustomerMailView(UUID id, UUID licenseId, String serial, MailKind kind, String recipient, String subject,
                               MailStatus status, Instant createdAt, Instant sentAt) {

    static CustomerMailView of(Mail mail, String serial) {
        return new CustomerMailView(mail.id, mail.licenseId, serial, mail.kind, mail.recipient, mail.subject,
                mail.status, mail.createdAt, mail.sentAt);
    }
}
