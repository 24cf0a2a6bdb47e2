package com.licenseforge.notification.licenses;

import com.licenseforge.notification.mail.MailKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When reminders fall due: 60, 30 and 7 days before a license expires, 30 days before its maintenance ends, and for
 * a trial only 3 days before it ends. Only the latest threshold that has passed is due (after downtime, the 60-day
 * reminder is not sent once the 30-day one is due), and only while the date itself is still ahead.
 */
final class Reminders {

    static final List<Integer> EXPIRY_DAYS = List.of(60, 30, 7);
    static final int MAINTENANCE_DAYS = 30;
    static final int TRIAL_DAYS = 3;

    enum Kind {
        EXPIRY(MailKind.EXPIRY_REMINDER), MAINTENANCE(MailKind.MAINTENANCE_ENDING), TRIAL_END(MailKind.TRIAL_ENDING);

        private final MailKind mail;

        Kind(MailKind mail) {
            this.mail = mail;
        }

        MailKind mail() {
            return mail;
        }
    }

    /** A reminder due: {@code days} before {@code date}. */
    record Due(Kind kind, int days, Instant date) {
        String threshold() {
            return days + "d@" + date;
        }
    }

    private Reminders() {
    }

    /** The reminders of {@code license} due at {@code now}. */
    static List<Due> dueAt(LicenseFact license, Instant now) {
        if (!license.isTrial()) {
            return dueAt(license.expiresAt, license.maintenanceUntil, now);
        }
        return license.expiresAt != null && license.expiresAt.isAfter(now)
                && !thresholdOf(license.expiresAt, TRIAL_DAYS).isAfter(now)
                ? List.of(new Due(Kind.TRIAL_END, TRIAL_DAYS, license.expiresAt)) : List.of();
    }

    /** When the scan looks at {@code license} next: its next threshold after {@code now}, if any. */
    static Optional<Instant> nextAfter(LicenseFact license, Instant now) {
        if (!license.isTrial()) {
            return nextAfter(license.expiresAt, license.maintenanceUntil, now);
        }
        return Optional.ofNullable(license.expiresAt).map(end -> thresholdOf(end, TRIAL_DAYS))
                .filter(threshold -> threshold.isAfter(now));
    }

    /** The reminders due at {@code now}: at most one per kind. */
    static List<Due> dueAt(Instant expiresAt, Instant maintenanceUntil, Instant now) {
        List<Due> due = new ArrayList<>();
        if (expiresAt != null && expiresAt.isAfter(now)) {
            EXPIRY_DAYS.stream().sorted()   // 7 first: the latest threshold that passed
                    .filter(days -> !thresholdOf(expiresAt, days).isAfter(now))
                    .findFirst()
                    .ifPresent(days -> due.add(new Due(Kind.EXPIRY, days, expiresAt)));
        }
        if (maintenanceUntil != null && maintenanceUntil.isAfter(now)
                && !thresholdOf(maintenanceUntil, MAINTENANCE_DAYS).isAfter(now)) {
            due.add(new Due(Kind.MAINTENANCE, MAINTENANCE_DAYS, maintenanceUntil));
        }
        return due;
    }

    /** The first threshold strictly after {@code now}, whose date is also after it; empty when none is ahead. */
    static Optional<Instant> nextAfter(Instant expiresAt, Instant maintenanceUntil, Instant now) {
        Stream<Instant> expiry = expiresAt == null ? Stream.empty()
                : EXPIRY_DAYS.stream().map(days -> thresholdOf(expiresAt, days));
        Stream<Instant> maintenance = maintenanceUntil == null ? Stream.empty()
                : Stream.of(thresholdOf(maintenanceUntil, MAINTENANCE_DAYS));
        return Stream.concat(expiry, maintenance).filter(threshold -> threshold.isAfter(now)).min(Instant::compareTo);
    }

    private static Instant thresholdOf(Instant date, int days) {
        return date.minus(Duration.ofDays(days));
    }
}
