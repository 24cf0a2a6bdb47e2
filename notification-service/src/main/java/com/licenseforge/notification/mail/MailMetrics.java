package com.licenseforge.notification.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code licenseforge_mails_total{kind,outcome}} (outcome SENT, RETRIED or FAILED) and
 * {@code licenseforge_mails_oldest_pending_age_seconds}, which the sender updates on each run: a mail server that is
 * down shows as an age that keeps growing (alert MailsPendingTooLong).
 */
@ApplicationScoped
public class MailMetrics {

    private final MeterRegistry registry;
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public MailMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("licenseforge.mails.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
                .baseUnit("seconds")
                .description("Age of the oldest mail not yet sent (0 when none waits)")
                .register(registry);
    }

    void outcome(MailKind kind, String outcome) {
        registry.counter("licenseforge.mails", "kind", kind.name(), "outcome", outcome).increment();
    }

    void oldestPending(Duration age) {
        oldestPendingSeconds.set(Math.max(0, age.toSeconds()));
    }
}
