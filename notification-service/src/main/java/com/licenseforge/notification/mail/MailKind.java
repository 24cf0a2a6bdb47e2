package com.licenseforge.notification.mail;

import com.licenseforge.notification.contacts.Topic;

import java.util.Locale;

/**
 * What a mail is about, and the contact topic it goes to. A new kind is a constant here and a text template per
 * language under {@code templates/mail/}.
 */
public enum MailKind {
    LICENSE_ISSUED(Topic.LICENSES),
    LICENSE_RENEWED(Topic.LICENSES),
    EXPIRY_REMINDER(Topic.LICENSES),
    MAINTENANCE_ENDING(Topic.TECHNICAL),
    PAST_DUE(Topic.BILLING),
    SUSPENDED(Topic.LICENSES),
    REINSTATED(Topic.LICENSES),
    TRIAL_STARTED(Topic.LICENSES),
    TRIAL_ENDING(Topic.LICENSES),
    /** A customer portal sign-in link: to the contact who asked, whatever their topics ({@link SigninMails}). */
    PORTAL_SIGNIN(null);

    private final Topic topic;

    MailKind(Topic topic) {
        this.topic = topic;
    }

    /** The topic whose contacts get this kind; null for a mail to one asking contact. */
    public Topic topic() {
        return topic;
    }

    /** The template of this kind in {@code language}: {@code mail/license-issued.de.txt}. */
    String template(String language) {
        return "mail/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language + ".txt";
    }
}
