package com.licenseforge.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "licenseforge.mail")
public interface MailConfig {

    /** Interval of the sender ({@code MAIL_SEND_INTERVAL}); {@code off} leaves sending to callers (the tests). */
    @WithDefault("5s")
    String sendInterval();

    /** Interval of the reminder scan ({@code MAIL_REMINDER_INTERVAL}); {@code off} leaves it to callers. */
    @WithDefault("PT1H")
    String reminderInterval();

    /** Attempts after which a mail is FAILED. */
    @WithDefault("30")
    int maxAttempts();

    /** Wait after the first failed attempt; it doubles with each further one up to {@link #longestRetry()}. */
    @WithDefault("PT1M")
    Duration firstRetry();

    @WithDefault("PT1H")
    Duration longestRetry();

    /** Mails one run of the sender handles at most; a full run is followed by the next at once. */
    @WithDefault("500")
    int batch();

    /** SMTP connections a run sends over at once ({@code MAIL_CONNECTIONS}); the mailer's pool holds as many. */
    @WithDefault("4")
    int connections();
}
