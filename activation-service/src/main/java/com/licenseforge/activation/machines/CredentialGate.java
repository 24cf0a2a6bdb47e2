package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.format.OfflineKey;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preamble of every change a customer system makes with its credentials: refused while the address is
 * locked for the serial, then the license looked up (and locked, when the caller asks) and the credentials
 * checked on it. An unknown serial gets the answer a wrong key gets, and either is counted against the address.
 * A CD key proven online gives a license issued before offline public keys existed its key, so its offline
 * requests of the current format work from then on.
 */
@ApplicationScoped
public class CredentialGate {

    private final ActivationChecks checks;
    private final CredentialThrottle throttle;

    public CredentialGate(ActivationChecks checks, CredentialThrottle throttle) {
        this.checks = checks;
        this.throttle = throttle;
    }

    /** The license {@code credential} proves; {@code lookup} runs only once the address may try the serial. */
    public License admit(String serial, Supplier<Optional<License>> lookup, Credential credential,
                         String clientAddress) {
        throttle.requireUnlocked(serial, clientAddress);
        Optional<License> license = lookup.get();
        Optional<Refusal> refusal = checks.credentials(serial, credential, license.orElse(null));
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), serial, license.isPresent(), clientAddress);
        }
        if (credential instanceof Credential.Key key && license.get().offlinePublicKey == null) {
            license.get().offlinePublicKey = OfflineKey.publicKey(license.get().serial, key.cdKey());
        }
        return license.orElseThrow();
    }

    /** {@link #admit} for the serial and credential of an activation. */
    public License admit(ActivationIntent intent, Supplier<Optional<License>> lookup, String clientAddress) {
        return admit(intent.serial(), lookup, intent.credential(), clientAddress);
    }
}
