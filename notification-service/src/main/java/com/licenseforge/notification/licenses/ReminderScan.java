package com.licenseforge.notification.licenses;

import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.notification.mail.Mailbox;
import com.licenseforge.notification.mail.Notice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queues the reminders that fell due: reads only licenses whose {@code next_reminder_at} has passed (an index),
 * in batches locked with SKIP LOCKED so replicas share the work, queues the latest due threshold of each (the
 * unique mail row makes a second queueing a no-op) and moves {@code next_reminder_at} to the next threshold ahead
 * (the batch's mails queued, and its licenses updated, in JDBC batches).
 */
@ApplicationScoped
public class ReminderScan {

    private static final Logger LOG = Logger.getLogger(ReminderScan.class);
    private static final int BATCH = 500;

    private final LicenseFacts facts;
    private final Mailbox mailbox;
    private final Clock clock;

    public ReminderScan(LicenseFacts facts, Mailbox mailbox, Clock clock) {
        this.facts = facts;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    @Scheduled(identity = "reminder-scan", every = "${licenseforge.mail.reminder-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        int licenses = scan();
        if (licenses > 0) {
            LOG.infof("reminder scan: %d license(s) had a threshold due", licenses);
        }
    }

    /** The number of licenses that had a threshold due. */
    public int scan() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::scanBatch);
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int scanBatch() {
        Instant now = clock.instant();
        List<LicenseFact> due = facts.lockDueForReminder(now, BATCH);
        List<Notice> notices = new ArrayList<>();
        for (LicenseFact fact : due) {
            if (fact.status == SalesStatus.ACTIVE) {
                for (Reminders.Due reminder : Reminders.dueAt(fact, now)) {
                    Map<String, Object> data = LicenseNotices.data(fact);
                    data.put("days", reminder.days());
                    notices.add(new Notice(fact.licenseId, fact.accountId, reminder.kind().mail(),
                            reminder.threshold(), data));
                }
            }
            fact.nextReminderAt = fact.status == SalesStatus.ACTIVE ? Reminders.nextAfter(fact, now).orElse(null) : null;
        }
        mailbox.post(notices);
        return due.size();
    }
}
