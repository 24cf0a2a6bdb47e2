package com.licenseforge.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.seal.DeliverySeal;
import com.licenseforge.notification.config.MailConfig;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the due mails, one transaction per mail: the row is claimed with {@code FOR UPDATE SKIP LOCKED}, sent over
 * SMTP and marked SENT before the lock is let go, so a second replica skips it and a sender that dies mid-send
 * leaves it PENDING for the next run. The one window left (the server accepted the mail, the process died before
 * the commit) sends it again: docs/decisions.md; the copy carries the same Message-ID (the row's id), so a receiver
 * can drop it. A failed send waits 1, 2, 4, ... minutes (up to the longest retry)
 * and is FAILED after the last attempt; the sealed CD key and file are erased from a SENT or FAILED row.
 * <p>
 * Most of a send is waiting for the mail server, so a run sends over several pooled SMTP connections at once
 * ({@code licenseforge.mail.connections}), each mail still claimed and committed on its own: a burst of reminders
 * (thousands of licenses sold on one day reaching a threshold together) is out in seconds, not in minutes of one
 * connection's round trips.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final TypeReference<Map<String, String>> DELIVERY = new TypeReference<>() {
    };

    private final MailRepository mails;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final DeliverySeal seal;
    private final ObjectMapper json;
    private final MailConfig config;
    private final MailMetrics metrics;
    private final Clock clock;
    private final String messageIdDomain;
    private final ExecutorService connections;

    public MailSender(MailRepository mails, MailTemplates templates, Mailer mailer, DeliverySeal seal,
                      ObjectMapper json, MailConfig config, MailMetrics metrics, Clock clock,
                      @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.mails = mails;
        this.templates = templates;
        this.mailer = mailer;
        this.seal = seal;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.messageIdDomain = domainOf(from);
        AtomicInteger threads = new AtomicInteger();
        this.connections = Executors.newFixedThreadPool(config.connections(), task -> {
            Thread thread = new Thread(task, "mail-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        connections.shutdownNow();
    }

    @Scheduled(identity = "mail-sender", every = "${licenseforge.mail.send-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        // a full batch leaves more due: go on rather than wait for the next run
        while (sendDue() == config.batch()) {
            LOG.debugf("a full batch of %d mails handled, sending on", config.batch());
        }
    }

    /** Sends (or tries once) up to a batch of due mails over the pool's connections; the number handled. */
    public int sendDue() {
        AtomicInteger budget = new AtomicInteger(config.batch());
        Callable<Integer> sending = () -> sendWhileDue(budget);
        int handled = 0;
        try {
            for (Future<Integer> connection : connections.invokeAll(Collections.nCopies(config.connections(), sending))) {
                handled += connection.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return handled;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
        Instant now = clock.instant();
        metrics.oldestPending(QuarkusTransaction.requiringNew().call(() -> mails.oldestPending())
                .map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO));
        return handled;
    }

    /** One connection's share of a run: the next due mail, each in a transaction of its own, while the batch lasts. */
    private int sendWhileDue(AtomicInteger budget) {
        int handled = 0;
        while (budget.getAndDecrement() > 0 && QuarkusTransaction.requiringNew().call(this::sendNext)) {
            handled++;
        }
        return handled;
    }

    private boolean sendNext() {
        Instant now = clock.instant();
        Optional<Mail> due = mails.lockNextDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Mail mail = due.get();
        Map<String, String> delivery;
        try {
            delivery = delivery(mail);
        } catch (IllegalStateException e) {
            mail.attemptFailed(now, e.getMessage(), Duration.ZERO, true);
            metrics.outcome(mail.kind, "FAILED");
            LOG.errorf("mail %s (%s, license %s) FAILED: %s", mail.id, mail.kind, mail.licenseId, e.getMessage());
            return true;
        }
        try {
            mailer.send(compose(mail, delivery));
            mail.sent(now);
            metrics.outcome(mail.kind, "SENT");
            LOG.infof("mail %s (%s, license %s) sent", mail.id, mail.kind, mail.licenseId);
        } catch (RuntimeException e) {
            boolean last = mail.attempts + 1 >= config.maxAttempts();
            mail.attemptFailed(now, describe(e), backoff(mail.attempts), last);
            metrics.outcome(mail.kind, last ? "FAILED" : "RETRIED");
            LOG.warnf("mail %s (%s, license %s) not sent, attempt %d%s: %s", mail.id, mail.kind, mail.licenseId,
                    mail.attempts, last ? ", FAILED" : ", retried at " + mail.nextAttemptAt, describe(e));
        }
        return true;
    }

    private io.quarkus.mailer.Mail compose(Mail mail, Map<String, String> delivery) {
        Map<String, Object> data = new HashMap<>(mail.data);
        data.put("cdKey", delivery.getOrDefault("cdKey", ""));
        MailTemplates.Rendered rendered = templates.render(mail.kind, mail.language, data);
        io.quarkus.mailer.Mail message = io.quarkus.mailer.Mail.withText(mail.recipient, rendered.subject(), rendered.text())
                .setHtml(rendered.html())
                .addHeader("X-LicenseForge-Mail", mail.id.toString())
                .addHeader("Message-ID", messageId(mail.id, messageIdDomain));
        String licenseFile = delivery.get("licenseFile");
        if (licenseFile != null) {
            message.addAttachment(mail.data.get("serial") + ".lic", licenseFile.getBytes(StandardCharsets.UTF_8),
                    "text/plain");
        }
        return message;
    }

    /** The CD key and license file of a LICENSE_ISSUED mail; empty for other kinds. */
    private Map<String, String> delivery(Mail mail) {
        if (mail.sealedDelivery == null) {
            return Map.of();
        }
        String opened = seal.open(mail.licenseId, mail.sealedDelivery)
                .orElseThrow(() -> new IllegalStateException("the sealed delivery does not open with this secret"));
        try {
            return json.readValue(opened, DELIVERY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sealed delivery is not readable");
        }
    }

    /**
     * The Message-ID of a mail row, the same on every attempt: a copy sent again after a crash between the server's
     * acceptance and the commit is recognisably the same message, and a receiver that keeps one message per
     * Message-ID shows it once.
     */
    static String messageId(UUID mailId, String domain) {
        return "<" + mailId + "@" + domain + ">";
    }

    /** The domain of the sender's address ("LicenseForge <licenses@licenseforge.local>": licenseforge.local). */
    static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "licenseforge.local" : domain;
    }

    private Duration backoff(int failedAttempts) {
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(failedAttempts, 20));
        return wait.compareTo(config.longestRetry()) > 0 ? config.longestRetry() : wait;
    }

    /** What went wrong, without the message itself (which holds the CD key of a LICENSE_ISSUED mail). */
    private static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        String line = (cause.getClass().getSimpleName() + message).lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
