package com.licenseforge.notification;

import com.licenseforge.common.events.AccountContactsChanged;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseDelivery;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.seal.DeliverySeal;
import com.licenseforge.common.testing.TestEvents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the issuer publishes about an account's contacts and its licenses, as the notification service reads it. */
public final class Issuer {

    /** The secret of application.properties' test profile, which the issuer's tests use too. */
    public static final DeliverySeal SEAL = new DeliverySeal("test-only-delivery-seal-secret-of-32-characters");

    private Issuer() {
    }

    public static UUID contacts(UUID accountId, long version, AccountContactsChanged.Contact... contacts) {
        return TestEvents.publish(Topics.LICENSE_EVENTS, accountId.toString(), EventTypes.ACCOUNT_CONTACTS_CHANGED,
                null, new AccountContactsChanged(accountId, version, List.of(contacts)));
    }

    public static AccountContactsChanged.Contact contact(String email, String language, String... topics) {
        return new AccountContactsChanged.Contact(email, "Erika Muster", language, List.of(topics));
    }

    public static LicenseSnapshot snapshot(UUID licenseId, long version, UUID accountId, Instant expiresAt,
                                           Instant maintenanceUntil, SalesStatus status) {
        return new LicenseSnapshot(licenseId, version, "SER-" + licenseId.toString().substring(0, 8).toUpperCase(),
                "hash", "erp", accountId, null, Map.of("finance", 10), 2, Instant.parse("2026-01-01T00:00:00Z"),
                expiresAt, maintenanceUntil, status, null, null, null);
    }

    /** A trial license of its own account, as the issuer announces the trial it adopted. */
    public static LicenseSnapshot trial(UUID licenseId, UUID accountId, Instant endsAt) {
        return new LicenseSnapshot(licenseId, 1, "TRI-" + licenseId.toString().substring(0, 8).toUpperCase(), "hash",
                "erp", accountId, null, Map.of("finance", 2), 1, endsAt.minus(java.time.Duration.ofDays(30)), endsAt,
                null, SalesStatus.ACTIVE, "trial-" + licenseId, null, null, null, null, null, LicenseKind.TRIAL);
    }

    /** license.trial-started for {@code trial}, with the prospect's e-mail, as earlier releases sent it (no language). */
    public static UUID trialStarted(LicenseSnapshot trial, String contactEmail) {
        return trialStarted(trial, contactEmail, null);
    }

    /** license.trial-started for {@code trial}, with the prospect's e-mail and the language of their mail. */
    public static UUID trialStarted(LicenseSnapshot trial, String contactEmail, String language) {
        return TestEvents.publish(Topics.LICENSE_EVENTS, trial.licenseId().toString(), EventTypes.LICENSE_TRIAL_STARTED,
                trial.licenseId(), new TrialStarted(trial.licenseId(), trial.serial(), trial.cdKeyHash(), null,
                        trial.productCode(), trial.accountId(), UUID.randomUUID(), "Northwind Traders", contactEmail,
                        trial.modules(), trial.maxActivations(), trial.startsAt(), trial.expiresAt(), trial.billingRef(),
                        language));
    }

    public static UUID license(String type, LicenseSnapshot snapshot) {
        return TestEvents.publish(Topics.LICENSE_EVENTS, snapshot.licenseId().toString(), type, snapshot.licenseId(),
                snapshot);
    }

    /** license.delivery-sealed with {@code cdKey} (null: the product keeps it out of mail) and a license file. */
    public static UUID delivery(LicenseSnapshot license, String cdKey) {
        String content = cdKey == null
                ? TestEvents.write(Map.of("licenseFile", licenseFile(license)))
                : TestEvents.write(Map.of("licenseFile", licenseFile(license), "cdKey", cdKey));
        return TestEvents.publish(Topics.LICENSE_EVENTS, license.licenseId().toString(),
                EventTypes.LICENSE_DELIVERY_SEALED, license.licenseId(),
                new LicenseDelivery(license.licenseId(), license.serial(), SEAL.seal(license.licenseId(), content)));
    }

    public static String licenseFile(LicenseSnapshot license) {
        return "-----BEGIN LICENSEFORGE LICENSE-----\nSerial: " + license.serial()
                + "\n\neyJ0ZXN0IjoidG9rZW4ifQ\n-----END LICENSEFORGE LICENSE-----\n";
    }
}
