package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.vocabulary.IllegalTransition;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The state machine of docs/decisions.md: suspend, reinstate and revoke, and nothing after a revocation. */
class LicenseTransitionsTest {

    @Test
    void suspendAndReinstateMoveBetweenActiveAndSuspended() {
        License license = in(SalesStatus.ACTIVE);
        license.suspend();
        assertEquals(SalesStatus.SUSPENDED, license.status);
        license.reinstate();
        assertEquals(SalesStatus.ACTIVE, license.status);
    }

    @Test
    void revokingIsFinalFromEitherLiveStatus() {
        for (SalesStatus from : new SalesStatus[] {SalesStatus.ACTIVE, SalesStatus.SUSPENDED}) {
            License license = in(from);
            license.revoke();
            assertEquals(SalesStatus.REVOKED, license.status);
            refused(license, License::reinstate, "reinstate");
            refused(license, License::suspend, "suspend");
            refused(license, License::revoke, "revoke");
            refused(license, l -> l.requireChangeable("renew"), "renew");
        }
    }

    @Test
    void aMoveFromTheWrongStatusIsRefusedAndChangesNothing() {
        refused(in(SalesStatus.SUSPENDED), License::suspend, "suspend");
        refused(in(SalesStatus.ACTIVE), License::reinstate, "reinstate");
    }

    private static License in(SalesStatus status) {
        License license = new License();
        license.status = status;
        return license;
    }

    private static void refused(License license, Consumer<License> move, String action) {
        SalesStatus before = license.status;
        ProblemException refusal = assertThrows(ProblemException.class, () -> move.accept(license));
        assertEquals(409, refusal.status());
        assertEquals(IllegalTransition.CODE, refusal.code());
        assertEquals(action, refusal.extensions().get("action"));
        assertEquals(before.name(), refusal.extensions().get("currentStatus"));
        assertEquals(before, license.status);
    }
}
