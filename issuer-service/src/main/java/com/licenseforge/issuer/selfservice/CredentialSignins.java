package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.issuer.licenses.License;
import com.licenseforge.issuer.licenses.LicenseRepository;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in with a license's serial and CD key: the token reaches that license only. Wrong pairs count in the sign-in
 * throttle; an unknown serial is refused as a wrong key is, so the answer does not tell which serials exist.
 */
@ApplicationScoped
public class CredentialSignins {

    private final LicenseRepository licenses;
    private final CdKeyHasher hasher;
    private final SigninThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    public CredentialSignins(LicenseRepository licenses, CdKeyHasher hasher, SigninThrottle throttle,
                             AuditTrail audit, Clock clock) {
        this.licenses = licenses;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CustomerScope signIn(String serialInput, String cdKey, String clientAddress, String requestId) {
        String serial = Serial.parse(serialInput).orElse(serialInput.strip().toUpperCase(Locale.ROOT));
        throttle.requireCredentialsAllowed(clientAddress, serial);
        Optional<License> license = licenses.findBySerial(serial)
                .filter(l -> hasher.matches(l.serial, cdKey, l.cdKeyHash));
        if (license.isEmpty()) {
            throttle.credentialsFailed(clientAddress, serial);
            throw new ProblemException(401, Codes.INVALID_CREDENTIALS, "the serial and CD key do not match");
        }
        Instant now = clock.instant();
        CustomerScope scope = CustomerScope.license("serial:" + serial, license.get().id, now);
        audit.record(scope.auditActor(requestId), "sign in", AuditTarget.license(license.get().id, serial), null,
                Map.of("method", "serial"), null);
        return scope;
    }
}
