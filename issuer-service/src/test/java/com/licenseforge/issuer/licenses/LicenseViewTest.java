package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A view shows the status the license has at the instant it is given, never at the machine's own time. */
class LicenseViewTest {

    @Test
    void theStatusIsTheOneAtTheGivenInstant() {
        License license = new License();
        license.modules = Map.of("finance", 1);
        license.status = SalesStatus.ACTIVE;
        license.billingStanding = Standing.CURRENT;
        license.expiresAt = Instant.parse("2030-01-01T00:00:00Z");

        assertEquals("ACTIVE", LicenseView.of(license, Instant.parse("2029-12-31T23:59:59Z")).status());
        assertEquals("EXPIRED", LicenseView.of(license, license.expiresAt).status());
    }
}
