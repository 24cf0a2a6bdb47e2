package com.licenseforge.common.events;

import java.util.UUID;

/**
 * {@code license.trial-converted}: the trial became the paid license {@code paidLicenseId}, for {@code by} (the
 * staff member, or {@code billing} for a first paid invoice). {@code billingRef} is the paid license's, which it
 * takes over from the trial when the invoice converted it.
 */
public record TrialConverted(
        UUID trialLicenseId,
        UUID paidLicenseId,
        String paidSerial,
        String productCode,
        UUID accountId,
        String contactEmail,
        String billingRef,
        String by) implements EventPayload {
}
