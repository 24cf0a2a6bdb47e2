package com.licenseforge.notification.licenses;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RemindersTest {

    private static final Instant EXPIRES = Instant.parse("2031-01-01T00:00:00Z");
    private static final Instant MAINTENANCE = Instant.parse("2030-07-01T00:00:00Z");

    @Test
    void nothingIsDueBeforeTheFirstThreshold() {
        assertEquals(List.of(), Reminders.dueAt(EXPIRES, MAINTENANCE, daysBefore(EXPIRES, 61)));
        assertEquals(Optional.of(daysBefore(EXPIRES, 60)), Reminders.nextAfter(EXPIRES, null, daysBefore(EXPIRES, 61)));
    }

    @Test
    void onlyTheLatestThresholdThatPassedIsDue() {
        assertEquals(List.of(new Reminders.Due(Reminders.Kind.EXPIRY, 60, EXPIRES)),
                Reminders.dueAt(EXPIRES, null, daysBefore(EXPIRES, 60)));
        assertEquals(List.of(new Reminders.Due(Reminders.Kind.EXPIRY, 30, EXPIRES)),
                Reminders.dueAt(EXPIRES, null, daysBefore(EXPIRES, 29)));
        // after a long downtime the 60- and 30-day reminders are stale: only the 7-day one is due
        assertEquals(List.of(new Reminders.Due(Reminders.Kind.EXPIRY, 7, EXPIRES)),
                Reminders.dueAt(EXPIRES, null, daysBefore(EXPIRES, 2)));
    }

    @Test
    void anExpiredLicenseOrEndedMaintenanceIsRemindedOfNothing() {
        assertEquals(List.of(), Reminders.dueAt(EXPIRES, MAINTENANCE, EXPIRES.plusSeconds(1)));
        assertEquals(Optional.empty(), Reminders.nextAfter(EXPIRES, MAINTENANCE, daysBefore(EXPIRES, 7)));
    }

    @Test
    void maintenanceEndsThirtyDaysAfterItsReminder() {
        assertEquals(List.of(new Reminders.Due(Reminders.Kind.MAINTENANCE, 30, MAINTENANCE)),
                Reminders.dueAt(null, MAINTENANCE, daysBefore(MAINTENANCE, 10)));
        assertEquals(Optional.of(daysBefore(MAINTENANCE, 30)), Reminders.nextAfter(EXPIRES, MAINTENANCE,
                daysBefore(MAINTENANCE, 31)));
        assertEquals(Optional.of(daysBefore(EXPIRES, 60)), Reminders.nextAfter(EXPIRES, MAINTENANCE,
                daysBefore(MAINTENANCE, 30)));
    }

    @Test
    void aPerpetualLicenseWithoutMaintenanceIsNeverScanned() {
        assertEquals(Optional.empty(), Reminders.nextAfter(null, null, EXPIRES));
    }

    private static Instant daysBefore(Instant date, int days) {
        return date.minus(Duration.ofDays(days));
    }
}
