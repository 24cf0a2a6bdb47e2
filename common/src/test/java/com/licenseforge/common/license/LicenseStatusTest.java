package com.licenseforge.common.license;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LicenseStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant PAST = NOW.minusSeconds(1);
    private static final Instant FUTURE = NOW.plusSeconds(1);

    @Test
    void salesDecisionsComeFirstWhateverBillingSaysAndWhenever() {
        for (Standing standing : Standing.values()) {
            assertEquals(LicenseStatus.REVOKED, LicenseStatus.effective(SalesStatus.REVOKED, standing, PAST, NOW));
            assertEquals(LicenseStatus.SUSPENDED, LicenseStatus.effective(SalesStatus.SUSPENDED, standing, PAST, NOW));
        }
    }

    @Test
    void nonPaymentSuspendsBeforeExpiryAndExpiryBeforePastDue() {
        assertEquals(LicenseStatus.SUSPENDED, active(Standing.SUSPENDED, PAST));
        assertEquals(LicenseStatus.EXPIRED, active(Standing.PAST_DUE, PAST));
        assertEquals(LicenseStatus.PAST_DUE, active(Standing.PAST_DUE, FUTURE));
        assertEquals(LicenseStatus.ACTIVE, active(Standing.CURRENT, FUTURE));
    }

    @Test
    void aLicenseExpiresAtItsExpiryInstantAndAPerpetualOneNever() {
        assertEquals(LicenseStatus.EXPIRED, active(Standing.CURRENT, NOW));
        assertEquals(LicenseStatus.ACTIVE, active(Standing.CURRENT, null));
    }

    private static LicenseStatus active(Standing standing, Instant expiresAt) {
        return LicenseStatus.effective(SalesStatus.ACTIVE, standing, expiresAt, NOW);
    }
}
