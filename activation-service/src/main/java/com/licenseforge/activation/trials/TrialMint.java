package com.licenseforge.activation.trials;

import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.readmodel.TrialPolicy;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.format.OfflineKey;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * Makes a trial license as the issuer makes a license (docs/decisions.md, "Trials start where customers are
 * answered"): a serial with its check character, a CD key that exists in clear only in the answer (kept as the
 * keyed hash and the offline public key), its own account and organization named by the prospect, the policy's
 * modules and activations for the policy's days, and the billing reference {@code trial-<serial>} that the shop
 * puts on the subscription the prospect buys.
 */
@ApplicationScoped
public class TrialMint {

    private final CdKeyHasher cdKeys;
    private final LicenseRepository licenses;
    private final Clock clock;

    public TrialMint(CdKeyHasher cdKeys, LicenseRepository licenses, Clock clock) {
        this.cdKeys = cdKeys;
        this.licenses = licenses;
        this.clock = clock;
    }

    /** A minted trial: what the issuer will adopt, and the CD key the prospect is told once. */
    public record Minted(TrialStarted trial, String cdKey) {
    }

    public Minted mint(TrialPolicy policy, String organizationName, String contactEmail, String language) {
        String serial = uniqueSerial();
        String cdKey = CdKey.generate();
        // whole seconds: the answer, the tokens and every database agree on the end to the digit
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TrialStarted trial = new TrialStarted(UUID.randomUUID(), serial,
                cdKeys.hash(serial, CdKey.canonical(cdKey).orElseThrow()), OfflineKey.publicKey(serial, cdKey),
                policy.productCode, UUID.randomUUID(), UUID.randomUUID(), organizationName, contactEmail,
                new LinkedHashMap<>(policy.modules), policy.maxActivations, now,
                now.plus(Duration.ofDays(policy.durationDays)), "trial-" + serial, language);
        return new Minted(trial, cdKey);
    }

    private String uniqueSerial() {
        String serial;
        do {
            serial = Serial.generate();
        } while (licenses.findBySerial(serial).isPresent());
        return serial;
    }
}
